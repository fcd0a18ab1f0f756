import type { core } from 'zod/mini';
import type { ValidationIssue } from '../errors/EsignKitError.js';

/**
 * Turns zod issues into short English sentences with a dotted path, and a `code` with its limits
 * (the proxy words those in Korean too, see `withIssueTexts`). zod/mini ships no locale (that is
 * what keeps it small), so the wording lives here; a message set on a check wins.
 */
export function formatIssues(issues: readonly core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describe(issue),
    ...codeOf(issue),
  }));
}

/**
 * The issue's code and limits, for programs and for the Korean wording (`issueMessage`): an
 * empty text or list (`minLength(1)`) and a missing value are `required`.
 */
function codeOf(issue: core.$ZodIssue): Omit<ValidationIssue, 'path' | 'message'> {
  const text = 'origin' in issue && issue.origin === 'string';
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined ? 'required' : 'invalid_type' };
    case 'too_small':
      return Number(issue.minimum) === 1 && (text || issue.origin === 'array')
        ? { code: 'required' }
        : { code: text ? 'too_short' : 'too_small', minimum: Number(issue.minimum) };
    case 'too_big':
      return { code: text ? 'too_long' : 'too_big', maximum: Number(issue.maximum) };
    case 'invalid_format':
      return { code: 'format', format: issue.format === 'regex' ? 'pattern' : issue.format };
    case 'invalid_value':
      return { code: 'invalid_value', values: issue.values as ValidationIssue['values'] };
    case 'unrecognized_keys':
      return { code: 'unknown_field', keys: issue.keys };
    default:
      return { code: issue.code === 'invalid_union' && issue.input === undefined ? 'required' : 'custom' };
  }
}

function describe(issue: core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Required.' : `Expected ${issue.expected}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Must be at least ${issue.minimum} character(s).`
        : `Must be at least ${issue.minimum}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Must be at most ${issue.maximum} character(s).`
        : `Must be at most ${issue.maximum}.`;
    case 'invalid_format':
      return `Must be a valid ${issue.format === 'datetime' ? 'ISO date-time' : issue.format}.`;
    case 'invalid_value':
      return `Must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Unknown field(s): ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Does not match any accepted shape.';
    default:
      return 'Invalid value.';
  }
}

import type { core } from 'zod/mini';
import type { ValidationIssue } from '../errors/EsignKitError.js';

/**
 * Turns zod issues into short English sentences with a dotted path. zod/mini ships no locale
 * (that is what keeps it small), so the wording lives here; a message set on a check wins.
 */
export function formatIssues(issues: readonly core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describe(issue) }));
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

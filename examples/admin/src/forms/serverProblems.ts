import type { EsignKitError, ValidationIssue } from '@esign-kit/core';
import type { FieldProblem, FieldProblems } from './fieldRules.js';
import { formTexts } from './formTexts.js';

/**
 * The server's refusal as field problems: each issue whose path names a field (`fieldOf`), and the
 * vendor codes that are about one field (`fieldOfCode`, e.g. `EXISTING_CONTRACT_KEY` → the key).
 * Issues of fields the form does not show stay in the error notice.
 */
export function serverProblems(
  error: EsignKitError | null,
  fieldOf: (path: string) => string | undefined,
  fieldOfCode: Readonly<Record<string, string>> = {},
): FieldProblems {
  if (!error) return {};
  const problems: Record<string, FieldProblem> = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    if (field && !problems[field]) problems[field] = problemOfIssue(issue);
  }
  const field = fieldOfCode[error.errorCode];
  if (field && !problems[field] && error.texts) problems[field] = { kind: 'server', texts: error.texts };
  return problems;
}

/**
 * The server's problems of the fields still holding what was sent: one the user has changed since
 * is theirs to judge again (on the next send), so its old message goes.
 */
export function unchangedSince(
  problems: FieldProblems,
  valueNow: (field: string) => string | undefined,
  valueSent: (field: string) => string | undefined,
): FieldProblems {
  return Object.fromEntries(Object.entries(problems).filter(([field]) => valueNow(field) === valueSent(field)));
}

/** An issue in both languages: the proxy's texts, else a sentence from its code, else its English. */
function problemOfIssue(issue: ValidationIssue): FieldProblem {
  if (issue.code === 'required') return { kind: 'required' };
  if (issue.code === 'too_long' && issue.maximum !== undefined) return { kind: 'too_long', maximum: issue.maximum };
  if (issue.code === 'format' && issue.format === 'email') return { kind: 'format', format: 'email' };
  // Without texts (an older proxy), Korean gets a plain "check this" rather than English.
  return { kind: 'server', texts: issue.texts ?? { ko: formTexts.ko.check, en: issue.message } };
}

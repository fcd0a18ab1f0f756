import type { ValidationIssue } from '../errors/EsignKitError.js';
import type { AnyOperation } from '../operation.js';
import { formatIssues } from './formatIssues.js';

export type ValidationResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Validates an input against its operation's schema, with readable issues on failure. */
export function validateInput(operation: Pick<AnyOperation, 'input'>, input: unknown): ValidationResult {
  // `reportInput` lets the formatter tell a missing field from a wrong one; the value itself is never echoed.
  const result = operation.input.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: formatIssues(result.error.issues) };
}

/** Validates a response's `data` against its operation's schema; unknown fields are dropped. */
export function validateData(operation: Pick<AnyOperation, 'data'>, data: unknown): ValidationResult {
  const result = operation.data.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: formatIssues(result.error.issues) };
}

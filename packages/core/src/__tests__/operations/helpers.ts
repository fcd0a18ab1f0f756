import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../errors/EsignKitError.js';
import type { AnyOperation } from '../../operation.js';
import { validateInput } from '../../schemas/validateInput.js';
import type { OperationExample } from './fixtures/example.js';

/** The issues an input gets, or `[]` when it is valid. */
export function issuesOf(operation: AnyOperation, input: unknown): readonly ValidationIssue[] {
  const result = validateInput(operation, input);
  return result.ok ? [] : result.issues;
}

/** A malformed input and the readable issue it must get, at the right path. */
export type RejectionCase = readonly [name: string, operation: AnyOperation, input: unknown, issue: ValidationIssue];

/** Checks that each reference example input is valid and each example `data` parses. */
export function describeReferenceExamples(examples: readonly OperationExample[]): void {
  const inputs = examples.filter((entry) => 'input' in entry);
  const datas = examples.filter((entry) => 'data' in entry);

  describe('reference examples', () => {
    it.each(inputs.map((entry) => [entry.operation.id, entry.source, entry] as const))(
      '%s accepts the example input of %s',
      (_, __, entry) => {
        expect(issuesOf(entry.operation, entry.input)).toEqual([]);
      },
    );

    it.each(datas.map((entry) => [entry.operation.id, entry.source, entry] as const))(
      '%s parses the example data of %s',
      (_, __, entry) => {
        const result = entry.operation.data.safeParse(entry.data);
        expect(result.error?.issues ?? []).toEqual([]);
      },
    );
  });
}

/** Checks that each malformed input is rejected with the given issue among its issues. */
export function describeRejections(cases: readonly RejectionCase[]): void {
  it.each(cases)('rejects %s', (_, operation, input, issue) => {
    // The path and the English sentence exactly; the issue's `code` is checked in issueCodes.test.ts.
    expect(issuesOf(operation, input)).toContainEqual(expect.objectContaining(issue));
  });
}

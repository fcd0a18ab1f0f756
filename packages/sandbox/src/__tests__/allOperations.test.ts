import type { OperationInput } from '@esign-kit/core';
import { type AnyOperation, builtInOperations, validateData } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../createSandbox.js';
import { exampleInputs, examplesNow } from './examples.js';
import { callOperation } from './helpers.js';

const cases = builtInOperations.map((operation) => [operation.id, operation] as const);

describe('every built-in operation', () => {
  it('has an example input for each, and none for anything else', () => {
    expect(Object.keys(exampleInputs).sort()).toEqual(builtInOperations.map((operation) => operation.id).sort());
  });

  it.each(cases)('%s answers 200 with data that matches its schema exactly', async (id, operation) => {
    const sandbox = createSandbox({ now: () => examplesNow });
    const input = exampleInputs[id as keyof typeof exampleInputs] as OperationInput<AnyOperation>;

    const response = await callOperation(sandbox, operation as AnyOperation, input);
    const body = (await response.json()) as Record<string, unknown>;

    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.ok).toBe(true);
    if (id === 'contracts.setTags') {
      // Reference §4.5: `{ ok: true }` and no `data` key at all.
      expect(body).toEqual({ ok: true });
      expect(Object.hasOwn(body, 'data')).toBe(false);
      return;
    }
    const checked = validateData(operation, body.data);
    expect(checked.ok ? undefined : checked.issues).toBeUndefined();
    // `validateData` drops keys the schema does not describe: equality means there were none.
    expect(checked.ok && checked.value).toStrictEqual(body.data);
  });
});

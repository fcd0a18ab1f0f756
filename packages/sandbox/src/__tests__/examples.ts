import type { OperationInput } from '@esign-kit/core';
import type { builtInOperations } from '@esign-kit/core/server';
import { handlerEntries } from '../handlers/index.js';

type BuiltInOperation = (typeof builtInOperations)[number];

/** One valid input per built-in operation, by id. */
export type ExampleInputs = {
  readonly [TOperation in BuiltInOperation as TOperation['id']]: OperationInput<TOperation>;
};

/** The clock the examples are written for: every example expiry date is after it. */
export const examplesNow = new Date('2025-05-01T09:00:00.000Z');

/**
 * Valid example inputs, mostly the reference's own (§2–§6) against the seed data, as each handler
 * module declares them next to its handler (`sandboxHandler(operation, { example, handle })`).
 * Each succeeds on a freshly seeded sandbox whose clock reads {@link examplesNow}. The handler
 * map's type check makes sure every built-in operation has one.
 */
export const exampleInputs = Object.fromEntries(
  handlerEntries.map((entry) => [entry.operation.id, entry.example]),
) as ExampleInputs;

import type { AnyOperation, builtInOperations } from '@esign-kit/core/server';
import * as entries from './handlers.generated.js';
import type { HandlerContext, HandlerResult, SandboxHandler, SandboxHandlerEntry } from './types.js';

type BuiltInOperation = (typeof builtInOperations)[number];
type Entry = (typeof entries)[keyof typeof entries];
type MissingHandler = Exclude<BuiltInOperation['id'], Entry['operation']['id']>;

/**
 * Compiles only when no id is missing: a new operation in core fails the sandbox's type check,
 * naming the operation, until a handler module declares it with `sandboxHandler` (and
 * `pnpm generate:sandbox` lists that module).
 */
function everyOperationHasAHandler<_TMissing extends never>(): void {}
everyOperationHasAHandler<MissingHandler>();

/** Every handler entry, as the handler modules declare them (see `handlers.generated.ts`). */
export const handlerEntries: readonly SandboxHandlerEntry<AnyOperation>[] = Object.values(
  entries,
) as readonly SandboxHandlerEntry<AnyOperation>[];

// The id picks the handler written for exactly that operation, and the input has just passed that
// operation's schema, so widening each handler's parameter type is safe.
const handlers: ReadonlyMap<string, SandboxHandler<AnyOperation>> = new Map(
  handlerEntries.map((entry) => [entry.operation.id, entry.handle]),
);

/**
 * Runs the handler of `operation`, or returns `undefined` when the sandbox has none (an
 * operation outside the built-in list).
 */
export function runHandler(
  operation: AnyOperation,
  input: unknown,
  context: HandlerContext,
): HandlerResult<unknown> | undefined {
  return handlers.get(operation.id)?.(input, context);
}

import type { AnyOperation, builtInOperations } from '@esign-kit/core';
import { findContractHandler } from './findContract.js';
import { sendReminderHandler } from './sendReminder.js';
import type { HandlerContext, HandlerResult, SandboxHandler } from './types.js';

type BuiltInOperation = (typeof builtInOperations)[number];

/**
 * One handler per built-in operation, keyed by operation id. The mapped type makes a new
 * operation in core fail the sandbox's type check until it has a handler here.
 */
type HandlerMap = { readonly [TOperation in BuiltInOperation as TOperation['id']]: SandboxHandler<TOperation> };

// Partial while the sandbox grows to the whole kit (operations without a handler answer 501).
const handlers: Partial<HandlerMap> = {
  'contracts.find': findContractHandler,
  'signatures.send': sendReminderHandler,
};

/**
 * Runs the handler of `operation`, or returns `undefined` when the sandbox has none (an
 * operation outside the built-in list).
 */
export function runHandler(
  operation: AnyOperation,
  input: unknown,
  context: HandlerContext,
): HandlerResult<unknown> | undefined {
  if (!Object.hasOwn(handlers, operation.id)) return undefined;
  // The id picks the handler written for exactly this operation, and `input` has just passed
  // that operation's schema, so widening the handler's parameter type is safe.
  const handler = (handlers as unknown as Readonly<Record<string, SandboxHandler<AnyOperation>>>)[operation.id];
  return handler?.(input, context);
}

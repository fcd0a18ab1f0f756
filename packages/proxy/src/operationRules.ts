import type { OperationParsedInput } from '@esign-kit/core';
import type { AnyOperation } from '@esign-kit/core/server';
import type { AuthorizeAnswer } from './options.js';

/** A per-operation check, with the operation's own input type. */
export type OperationAuthorize<TOperation extends AnyOperation> = (context: {
  readonly request: Request;
  readonly operation: TOperation;
  readonly input: OperationParsedInput<TOperation>;
}) => AuthorizeAnswer | Promise<AuthorizeAnswer>;

type AnyOperationCheck = (context: {
  readonly request: Request;
  readonly operation: AnyOperation;
  readonly input: unknown;
}) => AuthorizeAnswer | Promise<AuthorizeAnswer>;

/** One entry of the proxy's `operations`: an operation plus a check that applies to it only. */
export interface OperationRule {
  readonly operation: AnyOperation;
  readonly authorize: AnyOperationCheck;
}

/**
 * Allows an operation through the proxy with an extra check of its own, typed by its input.
 * The proxy's global `authorize` runs first; both must say yes. Like `authorize`, the check may
 * answer `'not-found'` (404 `ESIGN_KIT_NOT_FOUND`) instead of `false` (403).
 *
 * @example
 * ```ts
 * createEsignProxy({
 *   apiKey, upstream, authorize: isSignedIn,
 *   operations: [
 *     findContract,
 *     allow(sendReminder, async ({ request, input }) => canRemind(await userOf(request), input.signatureUuid)),
 *   ],
 * })
 * ```
 */
export function allow<TOperation extends AnyOperation>(
  operation: TOperation,
  authorize: OperationAuthorize<TOperation>,
): OperationRule {
  // The proxy calls the check only for this operation, after its schema accepted the input.
  return { operation, authorize: (context) => authorize(context as Parameters<OperationAuthorize<TOperation>>[0]) };
}

/** Splits `operations` into the plain list and the per-operation checks by id. */
export type { AnyOperationCheck };

export function normaliseOperationRules(entries: readonly (AnyOperation | OperationRule)[]): {
  operations: AnyOperation[];
  checks: Map<string, AnyOperationCheck>;
} {
  const operations: AnyOperation[] = [];
  const checks = new Map<string, AnyOperationCheck>();
  for (const entry of entries) {
    if ('operation' in entry) {
      operations.push(entry.operation);
      checks.set(entry.operation.id, entry.authorize);
    } else {
      operations.push(entry);
    }
  }
  return { operations, checks };
}

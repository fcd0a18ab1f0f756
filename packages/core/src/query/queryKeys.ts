import type { AnyOperationRoute, OperationInput } from '../operation.js';

/** The first element of every esign-kit query and mutation key. */
export const esignKeyRoot = 'esign-kit';

/**
 * The key tree every esign-kit query lives in: `['esign-kit', operationId, input]`, and
 * `['esign-kit', operationId, input, 'infinite']` for an infinite list (its cached data is
 * `{ pages, pageParams }`, so it must not share a key with the paged query of the same input).
 * Invalidate a whole operation with `esignKeys.operation(op)`, or everything with `esignKeys.all`.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ queryKey: esignKeys.operation(findContract) })
 * ```
 */
export const esignKeys = {
  all: [esignKeyRoot] as const,
  operation: <TOperation extends AnyOperationRoute>(operation: TOperation) => [esignKeyRoot, operation.id] as const,
  request: <TOperation extends AnyOperationRoute>(operation: TOperation, input: OperationInput<TOperation>) =>
    [esignKeyRoot, operation.id, input] as const,
  infinite: <TOperation extends AnyOperationRoute>(
    operation: TOperation,
    input: Omit<OperationInput<TOperation>, 'offset'>,
  ) => [esignKeyRoot, operation.id, input, 'infinite'] as const,
};

/** Minimal view of a cached query, enough to decide whether a mutation made it stale. */
export interface CachedQueryLike {
  readonly queryKey: readonly unknown[];
  readonly state: { readonly data: unknown };
}

/** True when the query belongs to the given operation (optionally: and its data passes `test`). */
export function isOperationQuery(query: CachedQueryLike, operation: AnyOperationRoute): boolean {
  return query.queryKey[0] === esignKeyRoot && query.queryKey[1] === operation.id;
}

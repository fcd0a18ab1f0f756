import type { EsignClient } from '../client/createEsignClient.js';
import { randomKey } from '../client/randomKey.js';
import { isEsignKitError } from '../errors/EsignKitError.js';

import type { AnyOperationRoute, OperationData, OperationInput } from '../operation.js';
import { type CachedQueryLike, esignKeyRoot, esignKeys } from './queryKeys.js';

/** Retries only what a retry can fix: network failures and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2 || !isEsignKitError(error)) return false;
  return error.status === undefined ? error.errorCode === 'ESIGN_KIT_NETWORK_ERROR' : error.status >= 500;
}

/**
 * `{ queryKey, queryFn, retry }` for any query operation, ready for TanStack Query's
 * `useQuery`, `prefetchQuery` or `fetchQuery`.
 *
 * @example
 * ```ts
 * const options = operationQueryOptions(client, findContract, { uuid })
 * await queryClient.prefetchQuery(options)
 * ```
 */
export function operationQueryOptions<TOperation extends AnyOperationRoute>(
  client: EsignClient,
  operation: TOperation,
  input: OperationInput<TOperation>,
) {
  return {
    queryKey: esignKeys.request(operation, input),
    queryFn: ({ signal }: { signal?: AbortSignal }): Promise<OperationData<TOperation>> =>
      client.request(operation, input, signal ? { signal } : {}),
    retry: shouldRetry,
  };
}

/** The part of TanStack's QueryClient the mutation options use, so core needs no import of it. */
export interface InvalidatingClient {
  invalidateQueries(filters: { predicate: (query: CachedQueryLike) => boolean }): Promise<void>;
}

/** What TanStack Query passes mutation callbacks as their last argument (v5.80+). */
export interface MutationContextLike {
  readonly client: InvalidatingClient;
}

/** An {@link InvalidatingClient} that can also drop queries from the cache (TanStack's `QueryClient` is one). */
export interface QueryRemovingClient extends InvalidatingClient {
  removeQueries(filters: { predicate: (query: CachedQueryLike) => boolean }): void;
}

/** The mutation context of a mutation that drops queries (a deletion: refetching would only fail). */
export interface QueryRemovingContext {
  readonly client: QueryRemovingClient;
}

export interface OperationMutationConfig<TOperation extends AnyOperationRoute> {
  /** Which cached queries the mutation makes stale; they are refetched after success. */
  invalidates?: (query: CachedQueryLike, input: OperationInput<TOperation>, data: OperationData<TOperation>) => boolean;
}

/**
 * `{ mutationKey, mutationFn, onSuccess }` for any mutation operation, for TanStack Query's
 * `useMutation`. On success it invalidates the queries `invalidates` picks.
 */
export function operationMutationOptions<TOperation extends AnyOperationRoute>(
  client: EsignClient,
  operation: TOperation,
  config: OperationMutationConfig<TOperation> = {},
) {
  const { invalidates } = config;
  // One idempotency key per `mutate(variables)` call: TanStack passes the same variables object
  // again when it retries that call, so a retry is recognised by the proxy and never sends twice.
  const actionKeys = new WeakMap<object, string>();
  const keyFor = (input: unknown): string | undefined => {
    if (typeof input !== 'object' || input === null) return undefined;
    let key = actionKeys.get(input);
    if (!key) {
      key = randomKey();
      actionKeys.set(input, key);
    }
    return key;
  };
  return {
    mutationKey: esignKeys.operation(operation),
    mutationFn: (input: OperationInput<TOperation>): Promise<OperationData<TOperation>> => {
      const idempotencyKey = keyFor(input);
      return client.request(operation, input, idempotencyKey ? { idempotencyKey } : {});
    },
    onSuccess: async (
      data: OperationData<TOperation>,
      input: OperationInput<TOperation>,
      _onMutateResult: unknown,
      context: MutationContextLike,
    ): Promise<void> => {
      if (!invalidates) return;
      await context.client.invalidateQueries({
        predicate: (query) => query.queryKey[0] === esignKeyRoot && invalidates(query, input, data),
      });
    },
  };
}

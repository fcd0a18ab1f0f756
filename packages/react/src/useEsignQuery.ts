'use client';
import {
  type AnyOperationRoute,
  type EsignKitError,
  type OperationData,
  type OperationInput,
  operationQueryOptions,
} from '@esign-kit/core';
import { skipToken, type UseQueryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEsignClient } from './EsignKitContext.js';

/** TanStack Query options a hook caller may set (the key and the fetcher are the hook's). */
export type EsignQueryOptions<TData> = Omit<UseQueryOptions<TData, EsignKitError>, 'queryKey' | 'queryFn'>;

/**
 * Runs any query operation, built-in or your own (`defineOperation`). Pass `null` as the input
 * to wait (nothing is fetched until there is an input).
 *
 * @example
 * ```tsx
 * const { data, error } = useEsignQuery(findContract, { customKey: 'a4-k1234' })
 * ```
 */
export function useEsignQuery<TOperation extends AnyOperationRoute>(
  operation: TOperation,
  input: OperationInput<TOperation> | null,
  options?: EsignQueryOptions<OperationData<TOperation>>,
): UseQueryResult<OperationData<TOperation>, EsignKitError> {
  return useOperationQuery('useEsignQuery', operation, input, options);
}

/** `useEsignQuery` with the calling hook's name, so a missing provider is reported by that name. */
export function useOperationQuery<TOperation extends AnyOperationRoute>(
  hookName: string,
  operation: TOperation,
  input: OperationInput<TOperation> | null,
  options: EsignQueryOptions<OperationData<TOperation>> | undefined,
): UseQueryResult<OperationData<TOperation>, EsignKitError> {
  const client = useEsignClient(hookName);
  const base = operationQueryOptions(client, operation, input as OperationInput<TOperation>);
  // The caller's options override the factory's defaults (`retry`…), never its key or fetcher.
  return useQuery<OperationData<TOperation>, EsignKitError>({
    ...base,
    ...options,
    queryKey: base.queryKey,
    queryFn: input === null ? skipToken : base.queryFn,
  });
}

'use client';
import {
  type AnyOperationRoute,
  type EsignKitError,
  type OperationData,
  type OperationInput,
  operationQueryOptions,
} from '@esign-kit/core';
import type { UseQueryOptions, UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from './useCoreQuery.js';

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
  // The hooks' one wrapper over `useQuery`, with the operation bound: one copy in a bundle.
  return useCoreQuery(
    'useEsignQuery',
    (client, value: OperationInput<TOperation>) => operationQueryOptions(client, operation, value),
    input,
    options,
  );
}

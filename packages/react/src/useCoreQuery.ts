'use client';
import type { EsignClient, EsignKitError } from '@esign-kit/core';
import { skipToken, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEsignClient } from './EsignKitContext.js';
import type { EsignQueryOptions } from './useEsignQuery.js';

/** What a core query factory returns: a key, a fetcher, and defaults such as `retry` or `placeholderData`. */
export type CoreQueryOptions<TData> = EsignQueryOptions<TData> & {
  queryKey: readonly unknown[];
  queryFn: (context: { signal?: AbortSignal }) => Promise<TData>;
};

/**
 * `useQuery` over a core query factory, for the hooks of this folder. A `null` input waits (the
 * fetcher becomes `skipToken`). The caller's options override the factory's defaults (`retry`,
 * `placeholderData`…), never its key or fetcher.
 */
export function useCoreQuery<TInput, TData>(
  hookName: string,
  factory: (client: EsignClient, input: TInput) => CoreQueryOptions<TData>,
  input: TInput | null,
  options: EsignQueryOptions<TData> | undefined,
): UseQueryResult<TData, EsignKitError> {
  const client = useEsignClient(hookName);
  // A `null` input stays in the key (`['esign-kit', id, null]`): it never shares a cache entry
  // with a real request, and its fetcher is never called.
  const base = factory(client, input as TInput);
  return useQuery<TData, EsignKitError>({
    ...base,
    ...options,
    queryKey: base.queryKey,
    queryFn: input === null ? skipToken : base.queryFn,
  });
}

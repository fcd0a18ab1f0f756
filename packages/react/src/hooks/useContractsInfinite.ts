'use client';
import {
  contractsInfiniteQueryOptions,
  type EsignKitError,
  type ListContractsData,
  type ListContractsInput,
} from '@esign-kit/core';
import {
  type InfiniteData,
  skipToken,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';

/** TanStack infinite-query options a caller may set (the key, the fetcher and the paging are the hook's). */
export type EsignInfiniteQueryOptions<TPage> = Omit<
  UseInfiniteQueryOptions<TPage, EsignKitError, InfiniteData<TPage, number>, readonly unknown[], number>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam'
>;

/**
 * The contract list as an endless list (`GET contracts`): each `fetchNextPage()` loads the next
 * `limit` rows (Prix's 10 when left out) until `total` are loaded, then `hasNextPage` is
 * `false`. Takes the filters of {@link useContracts} without `offset`. Pass `null` to wait.
 *
 * @example
 * ```tsx
 * const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useContractsInfinite({ limit: 20 })
 * const contracts = data?.pages.flatMap((page) => page.contracts) ?? []
 * <button disabled={!hasNextPage || isFetchingNextPage} onClick={() => fetchNextPage()}>더 보기</button>
 * ```
 */
export function useContractsInfinite(
  input: Omit<ListContractsInput, 'offset'> | null = {},
  options?: EsignInfiniteQueryOptions<ListContractsData>,
): UseInfiniteQueryResult<InfiniteData<ListContractsData, number>, EsignKitError> {
  const client = useEsignClient('useContractsInfinite');
  const base = contractsInfiniteQueryOptions(client, input as Omit<ListContractsInput, 'offset'>);
  return useInfiniteQuery<
    ListContractsData,
    EsignKitError,
    InfiniteData<ListContractsData, number>,
    readonly unknown[],
    number
  >({
    ...base,
    ...options,
    queryKey: base.queryKey,
    queryFn: input === null ? skipToken : base.queryFn,
  });
}

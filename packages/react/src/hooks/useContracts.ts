'use client';
import {
  contractsQueryOptions,
  type EsignKitError,
  esignKeyRoot,
  type ListContractsData,
  type ListContractsInput,
  listContractsRoute,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type LiveOption, useLiveQuery } from '../events/liveQueryContext.js';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * A page of contracts with their e-signatures (`GET contracts`), filtered by `input` and paged
 * with `limit`/`offset`. While the next page loads, the previous one stays shown
 * (`isPlaceholderData` is `true`); `pageInfo` turns `total` into a pager. Pass `null` to wait.
 *
 * @example
 * ```tsx
 * function ContractList() {
 *   const [offset, setOffset] = useState(0)
 *   const { data, isPlaceholderData } = useContracts({ status: 'CREATED', limit: 20, offset })
 *   const page = data && pageInfo({ total: data.total, limit: 20, offset })
 *   return (
 *     <>
 *       <ul aria-busy={isPlaceholderData}>{data?.contracts.map((c) => <li key={c.uuid}>{c.title}</li>)}</ul>
 *       <button disabled={!page?.hasNext} onClick={() => setOffset(page?.nextOffset ?? offset)}>다음</button>
 *     </>
 *   )
 * }
 * ```
 */
export function useContracts(
  input: ListContractsInput | null = {},
  options?: EsignQueryOptions<ListContractsData> & LiveOption,
): UseQueryResult<ListContractsData, EsignKitError> {
  // `live` rides along in the options (TanStack ignores keys it does not know).
  const result = useCoreQuery('useContracts', contractsQueryOptions, input, options);
  useLiveQuery(options?.live, [esignKeyRoot, listContractsRoute.id, input], result.data);
  return result;
}

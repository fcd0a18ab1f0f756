'use client';
import {
  contractQueryOptions,
  type EsignKitError,
  esignKeyRoot,
  type FindContractData,
  type FindContractInput,
  findContractRoute,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type LiveOption, useLiveQuery } from '../events/liveQueryContext.js';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

// The deprecated `getContract` (`GET contracts/[uuid]`) gets no hook of its own: use this one.
// `useEsignQuery(getContract, { contractUuid })` still reaches it where an environment needs it.

/**
 * One contract and its e-signature, by `uuid` or `customKey` (`GET contracts/find`). Pass
 * `null` until you know which contract to show.
 *
 * @example
 * ```tsx
 * function ContractTitle({ uuid }: { uuid: string }) {
 *   const { data, error, isPending } = useContract({ uuid })
 *   if (isPending) return <p>불러오는 중…</p>
 *   if (error) return <p role="alert">{error.message}</p>
 *   return <h2>{data.contract.title}</h2>
 * }
 * ```
 */
export function useContract(
  input: FindContractInput | null,
  options?: EsignQueryOptions<FindContractData> & LiveOption,
): UseQueryResult<FindContractData, EsignKitError> {
  // `live` rides along in the options (TanStack ignores keys it does not know).
  const result = useCoreQuery('useContract', contractQueryOptions, input, options);
  useLiveQuery(options?.live, [esignKeyRoot, findContractRoute.id, input], result.data);
  return result;
}

'use client';
import {
  contractQueryOptions,
  type EsignKitError,
  type FindContractData,
  type FindContractInput,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
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
  options?: EsignQueryOptions<FindContractData>,
): UseQueryResult<FindContractData, EsignKitError> {
  return useCoreQuery('useContract', contractQueryOptions, input, options);
}

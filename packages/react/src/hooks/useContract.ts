'use client';
import type { EsignKitError } from '@esign-kit/core';
import { type FindContractData, type FindContractInput, findContract } from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type EsignQueryOptions, useOperationQuery } from './useEsignQuery.js';

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
  return useOperationQuery('useContract', findContract, input, options);
}

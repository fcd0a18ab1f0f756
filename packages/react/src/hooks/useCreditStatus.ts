'use client';
import {
  type CreditStatusData,
  type CreditStatusInput,
  creditStatusQueryOptions,
  type EsignKitError,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * The business's credit balance and next renewal date (`GET credit-usages/status`). Pass
 * `null` to wait.
 *
 * @example
 * ```tsx
 * const { data } = useCreditStatus()
 * <p>남은 크레딧 {data?.credit.remainingCount}</p>
 * ```
 */
export function useCreditStatus(
  input: CreditStatusInput | null = {},
  options?: EsignQueryOptions<CreditStatusData>,
): UseQueryResult<CreditStatusData, EsignKitError> {
  return useCoreQuery('useCreditStatus', creditStatusQueryOptions, input, options);
}

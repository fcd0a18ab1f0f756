'use client';
import {
  type EsignKitError,
  type SignatureUsageData,
  type SignatureUsageInput,
  signatureUsageQueryOptions,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * How many e-signatures there are, by status (`GET signatures/usage`), optionally within a
 * creation-date range. Pass `null` to wait.
 *
 * @example
 * ```tsx
 * const { data } = useSignatureUsage({ createdAtAfter: '2024-11-01T00:00:00.000Z' })
 * <p>진행 중 {data?.waiting} · 완료 {data?.done}</p>
 * ```
 */
export function useSignatureUsage(
  input: SignatureUsageInput | null = {},
  options?: EsignQueryOptions<SignatureUsageData>,
): UseQueryResult<SignatureUsageData, EsignKitError> {
  return useCoreQuery('useSignatureUsage', signatureUsageQueryOptions, input, options);
}

'use client';
import {
  creditUsagesQueryOptions,
  type EsignKitError,
  type ListCreditUsagesData,
  type ListCreditUsagesInput,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * A page of the business's credit usage history (`GET credit-usages`), optionally by date,
 * paged with `limit`/`offset`. The previous page stays shown while the next loads. Pass `null`
 * to wait.
 *
 * @example
 * ```tsx
 * const { data } = useCreditUsages({ createdAtAfter: '2024-11-01T00:00:00.000Z', limit: 20 })
 * data?.creditUsages.map((usage) => <li key={usage.id}>{usage.case}</li>)
 * ```
 */
export function useCreditUsages(
  input: ListCreditUsagesInput | null = {},
  options?: EsignQueryOptions<ListCreditUsagesData>,
): UseQueryResult<ListCreditUsagesData, EsignKitError> {
  return useCoreQuery('useCreditUsages', creditUsagesQueryOptions, input, options);
}

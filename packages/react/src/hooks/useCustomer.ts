'use client';
import { customerQueryOptions, type EsignKitError, type GetCustomerData, type GetCustomerInput } from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * One customer by numeric id (`GET customers/[customerId]`). Pass `null` to wait.
 *
 * @example
 * ```tsx
 * const { data: customer, error } = useCustomer({ customerId: 1 })
 * error?.errorCode === 'NOT_FOUND_CUSTOMER' ? <p>삭제된 고객입니다.</p> : <h2>{customer?.title}</h2>
 * ```
 */
export function useCustomer(
  input: GetCustomerInput | null,
  options?: EsignQueryOptions<GetCustomerData>,
): UseQueryResult<GetCustomerData, EsignKitError> {
  return useCoreQuery('useCustomer', customerQueryOptions, input, options);
}

'use client';
import {
  customersQueryOptions,
  type EsignKitError,
  type ListCustomersData,
  type ListCustomersInput,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * A page of the business's customers (`GET customers`), paged with `limit`/`offset`, or a
 * lookup by `customKey`. The previous page stays shown while the next loads. Pass `null` to wait.
 *
 * @example
 * ```tsx
 * const { data } = useCustomers({ limit: 20, offset: 0 })
 * data?.customers.map((customer) => <li key={customer.id}>{customer.title}</li>)
 * ```
 */
export function useCustomers(
  input: ListCustomersInput | null = {},
  options?: EsignQueryOptions<ListCustomersData>,
): UseQueryResult<ListCustomersData, EsignKitError> {
  return useCoreQuery('useCustomers', customersQueryOptions, input, options);
}

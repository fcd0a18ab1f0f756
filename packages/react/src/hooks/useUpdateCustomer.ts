'use client';
import {
  type EsignKitError,
  type UpdateCustomerData,
  type UpdateCustomerInput,
  updateCustomerMutationOptions,
} from '@esign-kit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Changes a customer (`PATCH customers/[customerId]`). On success that customer, the customer
 * lists and the contracts that show the customer are refetched (see
 * `updateCustomerMutationOptions`).
 *
 * @example
 * ```tsx
 * const update = useUpdateCustomer()
 * update.mutate({ customerId: 1, input: { title: '파트너 고객사' } })
 * ```
 */
export function useUpdateCustomer(
  options?: EsignMutationOptions<UpdateCustomerData, UpdateCustomerInput>,
): UseMutationResult<UpdateCustomerData, EsignKitError, UpdateCustomerInput> {
  const client = useEsignClient('useUpdateCustomer');
  return useComposedMutation(updateCustomerMutationOptions(client), options);
}

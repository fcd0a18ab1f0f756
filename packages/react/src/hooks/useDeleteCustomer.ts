'use client';
import {
  type DeleteCustomerData,
  type DeleteCustomerInput,
  deleteCustomerMutationOptions,
  type EsignKitError,
} from '@esign-kit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Deletes a customer (`DELETE customers/[customerId]`); `data` is the deleted customer. On
 * success that customer's queries leave the cache and the customer lists and the contracts that
 * showed it are refetched (see `deleteCustomerMutationOptions`).
 *
 * @example
 * ```tsx
 * const remove = useDeleteCustomer({ onSuccess: () => navigate('/customers') })
 * <button onClick={() => remove.mutate({ customerId: 1 })}>삭제</button>
 * ```
 */
export function useDeleteCustomer(
  options?: EsignMutationOptions<DeleteCustomerData, DeleteCustomerInput>,
): UseMutationResult<DeleteCustomerData, EsignKitError, DeleteCustomerInput> {
  const client = useEsignClient('useDeleteCustomer');
  return useComposedMutation(deleteCustomerMutationOptions(client), options);
}

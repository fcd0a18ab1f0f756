'use client';
import {
  type CreateCustomerData,
  type CreateCustomerInput,
  createCustomerMutationOptions,
  type EsignKitError,
} from '@esign-kit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Creates a customer (`POST customers`). On success the customer lists are refetched (see
 * `createCustomerMutationOptions`).
 *
 * @example
 * ```tsx
 * const create = useCreateCustomer()
 * create.mutate({ input: { title: 'ABC컴퍼니', customKey: 'A5-k159402' } })
 * ```
 */
export function useCreateCustomer(
  options?: EsignMutationOptions<CreateCustomerData, CreateCustomerInput>,
): UseMutationResult<CreateCustomerData, EsignKitError, CreateCustomerInput> {
  const client = useEsignClient('useCreateCustomer');
  return useComposedMutation(createCustomerMutationOptions(client), options);
}

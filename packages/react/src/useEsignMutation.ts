'use client';
import {
  type AnyOperationRoute,
  type EsignKitError,
  type OperationData,
  type OperationInput,
  operationMutationOptions,
} from '@esign-kit/core';
import { type UseMutationOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useEsignClient } from './EsignKitContext.js';

/** TanStack mutation options a hook caller may set. Your `onSuccess` runs after the hook's invalidation. */
export type EsignMutationOptions<TData, TInput> = Omit<
  UseMutationOptions<TData, EsignKitError, TInput>,
  'mutationFn' | 'mutationKey'
>;

type BaseMutationOptions<TData, TInput> = {
  mutationKey: readonly unknown[];
  mutationFn: (input: TInput) => Promise<TData>;
  onSuccess: (
    ...args: Parameters<NonNullable<UseMutationOptions<TData, EsignKitError, TInput>['onSuccess']>>
  ) => Promise<void>;
};

/**
 * Wires core mutation options into `useMutation`, running the core's invalidation first and then
 * the caller's `onSuccess`. The other hooks are this plus a core factory.
 */
export function useComposedMutation<TData, TInput>(
  base: BaseMutationOptions<TData, TInput>,
  options: EsignMutationOptions<TData, TInput> | undefined,
): UseMutationResult<TData, EsignKitError, TInput> {
  return useMutation<TData, EsignKitError, TInput>({
    ...options,
    // The key and the fetcher are the core's: after the caller's options, so none overrides them.
    ...base,
    onSuccess: async (...args) => {
      await base.onSuccess(...args);
      await options?.onSuccess?.(...args);
    },
  });
}

/**
 * Runs any mutation operation, built-in or your own. Identical calls in flight are sent once.
 *
 * @example
 * ```tsx
 * const createTag = useEsignMutation(createTagOperation)
 * createTag.mutate({ input: { name: 'VIP' } })
 * ```
 */
export function useEsignMutation<TOperation extends AnyOperationRoute>(
  operation: TOperation,
  options?: EsignMutationOptions<OperationData<TOperation>, OperationInput<TOperation>>,
): UseMutationResult<OperationData<TOperation>, EsignKitError, OperationInput<TOperation>> {
  const client = useEsignClient('useEsignMutation');
  return useComposedMutation(operationMutationOptions(client, operation), options);
}

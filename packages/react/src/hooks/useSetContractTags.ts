'use client';
import {
  type EsignKitError,
  type SetContractTagsData,
  type SetContractTagsInput,
  setContractTagsMutationOptions,
} from '@esign-kit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Sets the tags connected to a contract (`PATCH contracts/[uuid]`); `[]` clears them. Prix
 * answers no data, so `data` is `undefined`. On success that contract and the contract lists are
 * refetched (see `setContractTagsMutationOptions`).
 *
 * @example
 * ```tsx
 * const setTags = useSetContractTags()
 * setTags.mutate({ contractUuid, input: { tagIds: [2, 3] } })
 * ```
 */
export function useSetContractTags(
  options?: EsignMutationOptions<SetContractTagsData, SetContractTagsInput>,
): UseMutationResult<SetContractTagsData, EsignKitError, SetContractTagsInput> {
  const client = useEsignClient('useSetContractTags');
  return useComposedMutation(setContractTagsMutationOptions(client), options);
}

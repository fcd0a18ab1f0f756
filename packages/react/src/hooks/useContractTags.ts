'use client';
import {
  contractTagsQueryOptions,
  type EsignKitError,
  type ListContractTagsData,
  type ListContractTagsInput,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * The business's contract tags (`GET contracts/tags`). Note the vendor's shape: `data` is the
 * array of tags itself. Pass `null` to wait.
 *
 * @example
 * ```tsx
 * const { data: tags = [] } = useContractTags()
 * tags.map((tag) => <span key={tag.id} data-color={tag.colorCode}>{tag.name}</span>)
 * ```
 */
export function useContractTags(
  input: ListContractTagsInput | null = {},
  options?: EsignQueryOptions<ListContractTagsData>,
): UseQueryResult<ListContractTagsData, EsignKitError> {
  return useCoreQuery('useContractTags', contractTagsQueryOptions, input, options);
}

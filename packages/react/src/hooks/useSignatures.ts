'use client';
import {
  type EsignKitError,
  type ListSignaturesData,
  type ListSignaturesInput,
  signaturesQueryOptions,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * A page of e-signatures (`GET signatures`), optionally by creation date, paged with
 * `limit`/`offset`. Note the vendor's naming: the rows are in `data.data`. The previous page stays
 * shown while the next loads. Pass `null` to wait.
 *
 * @example
 * ```tsx
 * const { data } = useSignatures({ createdAtAfter: '2024-11-01T00:00:00.000Z', limit: 20 })
 * data?.data.map((signature) => <li key={signature.uuid}>{signature.title}: {signature.status}</li>)
 * ```
 */
export function useSignatures(
  input: ListSignaturesInput | null = {},
  options?: EsignQueryOptions<ListSignaturesData>,
): UseQueryResult<ListSignaturesData, EsignKitError> {
  return useCoreQuery('useSignatures', signaturesQueryOptions, input, options);
}

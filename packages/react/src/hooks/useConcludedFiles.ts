'use client';
import {
  type ConcludedFilesData,
  type ConcludedFilesInput,
  concludedFilesQueryOptions,
  type EsignKitError,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * Download URLs of a concluded contract and of its audit-trail certificate, by `uuid` or
 * `customKey` (`GET contracts/download/concluded-contract-files-url`). Right after conclusion the
 * certificate may not be ready: the hook retries `SIGNATURE_CERTIFICATE_NOT_READY` a few times.
 * The URLs are valid for 30 minutes. Pass `null` to wait (e.g. until the contract is concluded).
 *
 * @example
 * ```tsx
 * const { data: contract } = useContract({ uuid })
 * const files = useConcludedFiles(contract?.contract.status === 'CONCLUDED' ? { uuid } : null)
 * files.data && <a href={files.data.concludedFile}>계약서 내려받기</a>
 * ```
 */
export function useConcludedFiles(
  input: ConcludedFilesInput | null,
  options?: EsignQueryOptions<ConcludedFilesData>,
): UseQueryResult<ConcludedFilesData, EsignKitError> {
  return useCoreQuery('useConcludedFiles', concludedFilesQueryOptions, input, options);
}

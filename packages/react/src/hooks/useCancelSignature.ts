'use client';
import {
  type CancelSignatureData,
  type CancelSignatureInput,
  cancelSignatureMutationOptions,
  type EsignKitError,
} from '@esign-kit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Cancels an e-signature that is not concluded (`POST signatures/[uuid]/cancel`); Prix tells the
 * participants. On success the contracts showing it, the contract and signature lists and the
 * usage counts are refetched (see `cancelSignatureMutationOptions`).
 *
 * @example
 * ```tsx
 * const cancel = useCancelSignature({ onSuccess: () => toast('서명 요청을 취소했습니다.') })
 * <button disabled={cancel.isPending} onClick={() => cancel.mutate({ signatureUuid })}>요청 취소</button>
 * ```
 */
export function useCancelSignature(
  options?: EsignMutationOptions<CancelSignatureData, CancelSignatureInput>,
): UseMutationResult<CancelSignatureData, EsignKitError, CancelSignatureInput> {
  const client = useEsignClient('useCancelSignature');
  return useComposedMutation(cancelSignatureMutationOptions(client), options);
}

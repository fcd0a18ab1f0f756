'use client';
import type { EsignKitError } from '@esign-kit/core';
import {
  type EsignonCancelWorkflowData,
  type EsignonWorkflowInput,
  esignonCancelWorkflowMutation,
} from '@esign-kit/core/esignon';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Cancels an eSignon workflow that is still playing (`POST esignon/workflows/{workflowId}/cancel`
 * on the proxy, eSignon's `1510Q` `CANCEL`). On success that workflow's query is refetched.
 *
 * @example
 * ```tsx
 * const cancel = useCancelEsignonWorkflow({ onError: (error) => toast(error.message) })
 * <button disabled={cancel.isPending} onClick={() => cancel.mutate({ workflowId })}>계약 취소</button>
 * ```
 */
export function useCancelEsignonWorkflow(
  options?: EsignMutationOptions<EsignonCancelWorkflowData, EsignonWorkflowInput>,
): UseMutationResult<EsignonCancelWorkflowData, EsignKitError, EsignonWorkflowInput> {
  const client = useEsignClient('useCancelEsignonWorkflow');
  return useComposedMutation(esignonCancelWorkflowMutation(client), options);
}

'use client';
import type { EsignKitError } from '@esign-kit/core';
import {
  type EsignonStartWorkflowData,
  type EsignonStartWorkflowInput,
  esignonStartWorkflowMutation,
} from '@esign-kit/core/esignon';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Starts an eSignon contract from a template in embed mode (`POST esignon/workflows` on the
 * proxy, eSignon's `startsimple`): no e-mail goes out, the signers sign on pages your app opens
 * (`<EsignonSignButton>`). One start per `mutate` call: a retry of that call reuses its
 * idempotency key, so the proxy never starts twice. Invalidates nothing (the workflow is new).
 *
 * @example
 * ```tsx
 * const start = useStartEsignonWorkflow({ onSuccess: ({ workflowId }) => navigate(`/esignon/${workflowId}`) })
 * start.mutate({
 *   templateId: '101',
 *   title: '근로계약서 홍길동',
 *   signers: [{ name: '홍길동', contact: 'gildong@example.com' }, { name: '김대표', contact: '010-1234-5678' }],
 *   fields: [{ name: '시급', value: '12000' }],
 * })
 * ```
 */
export function useStartEsignonWorkflow(
  options?: EsignMutationOptions<EsignonStartWorkflowData, EsignonStartWorkflowInput>,
): UseMutationResult<EsignonStartWorkflowData, EsignKitError, EsignonStartWorkflowInput> {
  const client = useEsignClient('useStartEsignonWorkflow');
  return useComposedMutation(esignonStartWorkflowMutation(client), options);
}

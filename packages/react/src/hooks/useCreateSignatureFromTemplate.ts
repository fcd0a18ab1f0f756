'use client';
import {
  type CreateSignatureFromTemplateData,
  type CreateSignatureFromTemplateInput,
  createSignatureFromTemplateMutationOptions,
  type EsignKitError,
} from '@esign-kit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

/**
 * Creates a contract from a template and requests its e-signature
 * (`POST signature-templates/[key]/signatures`); participants are notified unless
 * `option.skipSend`. On success the lists, counts, credits and that template are refetched (see
 * `createSignatureFromTemplateMutationOptions`).
 *
 * @example
 * ```tsx
 * const create = useCreateSignatureFromTemplate()
 * create.mutate({
 *   templateKey: 4328,
 *   input: {
 *     title: '솔루션 공급 계약서',
 *     participants: [{ role: '갑', input: { name: '홍길동', email: 'gildong@prix.im', auth: 'EMAIL', send: 'EMAIL' } }],
 *   },
 * })
 * ```
 */
export function useCreateSignatureFromTemplate(
  options?: EsignMutationOptions<CreateSignatureFromTemplateData, CreateSignatureFromTemplateInput>,
): UseMutationResult<CreateSignatureFromTemplateData, EsignKitError, CreateSignatureFromTemplateInput> {
  const client = useEsignClient('useCreateSignatureFromTemplate');
  return useComposedMutation(createSignatureFromTemplateMutationOptions(client), options);
}

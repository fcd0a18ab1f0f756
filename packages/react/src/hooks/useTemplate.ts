'use client';
import { type EsignKitError, type GetTemplateData, type GetTemplateInput, templateQueryOptions } from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * One template with its document, input objects, tags and roles, by id or slug
 * (`GET signature-templates/[key]`). `contractFile` is valid for 10 minutes. Pass `null` to wait.
 *
 * @example
 * ```tsx
 * const { data: template } = useTemplate({ templateKey: 4328 })
 * template?.participants.map((participant) => participant.role)
 * ```
 */
export function useTemplate(
  input: GetTemplateInput | null,
  options?: EsignQueryOptions<GetTemplateData>,
): UseQueryResult<GetTemplateData, EsignKitError> {
  return useCoreQuery('useTemplate', templateQueryOptions, input, options);
}

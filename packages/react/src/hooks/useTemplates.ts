'use client';
import {
  type EsignKitError,
  type ListTemplatesData,
  type ListTemplatesInput,
  templatesQueryOptions,
} from '@esign-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCoreQuery } from '../useCoreQuery.js';
import type { EsignQueryOptions } from '../useEsignQuery.js';

/**
 * A page of e-signature templates (`GET signature-templates`), filtered and paged with
 * `limit`/`offset`. The previous page stays shown while the next loads. Pass `null` to wait.
 *
 * @example
 * ```tsx
 * const { data } = useTemplates({ signatureCount: true, limit: 20 })
 * data?.templates.map((template) => <li key={template.id}>{template.name} ({template.signatureCount})</li>)
 * ```
 */
export function useTemplates(
  input: ListTemplatesInput | null = {},
  options?: EsignQueryOptions<ListTemplatesData>,
): UseQueryResult<ListTemplatesData, EsignKitError> {
  return useCoreQuery('useTemplates', templatesQueryOptions, input, options);
}

'use client';
import type { EsignKitError } from '@esign-kit/core';
import { type EsignonWorkflow, type EsignonWorkflowInput, esignonWorkflowQuery } from '@esign-kit/core/esignon';
import { skipToken, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type LiveOption, useLiveQuery } from '../events/liveQueryContext.js';

/** What a caller may set on {@link useEsignonWorkflow}. */
export interface UseEsignonWorkflowOptions extends LiveOption {
  /** Set `false` to wait (nothing is fetched). @default true */
  enabled?: boolean;
  /**
   * Read the workflow again every so many milliseconds, e.g. while a signer has its page open.
   * `<EsignonSignButton>` polls on its own while its page is open; this is for other screens.
   * @default false
   */
  refetchInterval?: number | false;
}

/**
 * One eSignon workflow as the server sees it (`GET esignon/workflows/{workflowId}` on the proxy):
 * eSignon's read merged with the latest callback the proxy kept, so the status, whose turn it is
 * and whether documents can be downloaded come from the server, never from a page's message.
 *
 * @example
 * ```tsx
 * const { data, error } = useEsignonWorkflow({ workflowId })
 * if (error) return <p role="alert">{error.message}</p>
 * return <p>{data?.status === 'Complete' ? '서명 완료' : `서명 중 (${data?.currentStep ?? '-'}/${data?.totalSteps ?? '-'})`}</p>
 * ```
 */
export function useEsignonWorkflow(
  input: EsignonWorkflowInput,
  options: UseEsignonWorkflowOptions = {},
): UseQueryResult<EsignonWorkflow, EsignKitError> {
  const client = useEsignClient('useEsignonWorkflow');
  const base = esignonWorkflowQuery(client, input);
  const enabled = options.enabled ?? true;
  const result = useQuery<EsignonWorkflow, EsignKitError>({
    ...base,
    queryKey: base.queryKey,
    // A workflow id of '' is not a workflow yet: wait rather than ask for a 404.
    queryFn: enabled && input.workflowId ? base.queryFn : skipToken,
    refetchInterval: options.refetchInterval ?? false,
    // The signer works in another tab: this one is in the background and must keep polling.
    refetchIntervalInBackground: true,
  });
  // `live` (below `<EsignEventsProvider>`): refetched when the workflow's callback event arrives.
  useLiveQuery(options.live, base.queryKey, result.data);
  return result;
}

import type { EsignClient } from '../client/createEsignClient.js';
import { operationMutationOptions, operationQueryOptions } from '../query/operationOptions.js';
import { type CachedQueryLike, esignKeys, isOperationQuery } from '../query/queryKeys.js';
import { esignonCancelWorkflowRoute, esignonStartWorkflowRoute, esignonWorkflowRoute } from './routes.js';
import type { EsignonWorkflowInput } from './types.js';

// @module TanStack Query options for the eSignon operations, from the same key tree as Prix's
// (`['esign-kit', operationId, input]`), so `esignKeys` and the devtools see them alike.

/**
 * The query key of one workflow: `['esign-kit', 'esignon.workflows.get', { workflowId }]`.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ queryKey: esignonWorkflowKey('12584') })
 * ```
 */
export function esignonWorkflowKey(workflowId: string) {
  return esignKeys.request(esignonWorkflowRoute, { workflowId });
}

/**
 * Whether a cached query is the read of that workflow.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ predicate: (query) => isEsignonWorkflowQuery(query, '12584') })
 * ```
 */
export function isEsignonWorkflowQuery(query: CachedQueryLike, workflowId: string): boolean {
  const input = query.queryKey[2];
  return (
    isOperationQuery(query, esignonWorkflowRoute) &&
    typeof input === 'object' &&
    input !== null &&
    (input as { workflowId?: unknown }).workflowId === workflowId
  );
}

/**
 * Query options for one workflow (`GET esignon/workflows/{workflowId}`): status, signers,
 * history, and what the latest callback said. Refetch it while a signing page is open; the
 * server's answer is what settles the UI.
 *
 * @example
 * ```ts
 * const { data } = useQuery({ ...esignonWorkflowQuery(client, { workflowId }), refetchInterval: 2000 })
 * data?.status // 'Playing'
 * ```
 */
export function esignonWorkflowQuery(client: EsignClient, input: EsignonWorkflowInput) {
  return operationQueryOptions(client, esignonWorkflowRoute, input);
}

/**
 * Mutation options for starting a workflow. One start per `mutate(input)` (an idempotency key per
 * call, reused by TanStack's retries); nothing is invalidated: the workflow is new.
 *
 * @example
 * ```ts
 * const start = useMutation(esignonStartWorkflowMutation(client))
 * start.mutate({ templateId: '102', title: '비밀유지서약서', signers: [{ name: '홍길동', contact: 'gildong@example.com' }] })
 * ```
 */
export function esignonStartWorkflowMutation(client: EsignClient) {
  return operationMutationOptions(client, esignonStartWorkflowRoute);
}

/**
 * Mutation options for canceling a workflow; that workflow's query is refetched after success.
 *
 * @example
 * ```ts
 * const cancel = useMutation(esignonCancelWorkflowMutation(client))
 * cancel.mutate({ workflowId: '12584' })
 * ```
 */
export function esignonCancelWorkflowMutation(client: EsignClient) {
  return operationMutationOptions(client, esignonCancelWorkflowRoute, {
    invalidates: (query, input) => isEsignonWorkflowQuery(query, input.workflowId),
  });
}

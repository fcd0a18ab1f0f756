import { esignonWorkflowSchema } from '../dataSchemas.js';
import { esignonWorkflowInputSchema } from '../inputSchemas.js';
import { defineEsignonOperation } from './defineEsignonOperation.js';

/**
 * Read a workflow: status, signers, history, and what the latest callback said (next signer,
 * whether a signing page or the documents are available).
 *
 * eSignon: `GET api/v2/workflows/{workflowId}?offset=+09:00`
 * (https://api.esignon.net/workflow/view/workflowinfo), merged by the proxy with the callback
 * state it keeps. eSignon answers `result_code` `10` for an unknown id.
 *
 * @example
 * ```ts
 * const workflow = await client.request(esignonWorkflow, { workflowId: '12584' })
 * workflow.status // 'Playing'
 * ```
 */
export const esignonWorkflow = defineEsignonOperation({
  id: 'esignon.workflows.get',
  method: 'GET',
  path: 'esignon/workflows/{workflowId}',
  kind: 'query',
  summary: 'Read an eSignon workflow (status, signers, history).',
  input: esignonWorkflowInputSchema,
  data: esignonWorkflowSchema,
  errors: ['ESIGNON_WORKFLOW_NOT_FOUND'],
  example: { input: { workflowId: '12584' } },
  esignon: { method: 'GET', path: 'api/v2/workflows/{workflowId}', query: { offset: '+09:00' } },
});

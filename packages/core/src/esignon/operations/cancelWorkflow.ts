import { esignonCancelWorkflowDataSchema } from '../dataSchemas.js';
import { esignonWorkflowInputSchema } from '../inputSchemas.js';
import { defineEsignonOperation } from './defineEsignonOperation.js';

/**
 * Cancel a workflow that is still in progress.
 *
 * eSignon: `POST JEDOC/Common.do`, `1510Q`, `command: "CANCEL"`
 * (https://api.esignon.net/workflow/modify/cancel). `result_code` `11` means a missing value or
 * the wrong state (already complete or canceled).
 *
 * @example
 * ```ts
 * await client.request(esignonCancelWorkflow, { workflowId: '12584' }) // { workflowId: '12584', status: 'Canceled' }
 * ```
 */
export const esignonCancelWorkflow = defineEsignonOperation({
  id: 'esignon.workflows.cancel',
  method: 'POST',
  path: 'esignon/workflows/{workflowId}/cancel',
  kind: 'mutation',
  summary: 'Cancel an eSignon workflow in progress.',
  input: esignonWorkflowInputSchema,
  data: esignonCancelWorkflowDataSchema,
  errors: ['ESIGNON_WRONG_STATE'],
  example: { input: { workflowId: '12584' } },
  esignon: { method: 'POST', path: 'JEDOC/Common.do', requestCode: '1510Q' },
});

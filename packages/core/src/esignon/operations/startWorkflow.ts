import { esignonStartWorkflowDataSchema } from '../dataSchemas.js';
import { esignonStartWorkflowInputSchema } from '../inputSchemas.js';
import { defineEsignonOperation } from './defineEsignonOperation.js';

/**
 * Start a non-face-to-face workflow from a template, in embed mode: eSignon sends no mail and no
 * KakaoTalk; the app opens each signer's page itself (`esignonSigningUrl`), and eSignon reports
 * every step to the proxy's callback route.
 *
 * eSignon: `POST api/{companyId}/startsimple`, `5005Q`, with `export_api_info.request_code =
 * "embed"` (https://api.esignon.net/workflow/start/nonfacestart,
 * https://api.esignon.net/workflow/start/exportapi).
 *
 * @example
 * ```ts
 * const { workflowId } = await client.request(esignonStartWorkflow, {
 *   templateId: '101',
 *   title: '근로계약서 홍길동',
 *   signers: [
 *     { name: '홍길동', contact: 'gildong@example.com' },
 *     { name: '김대표', contact: '010-1234-5678' },
 *   ],
 *   fields: [{ name: '시급', value: '10030' }],
 * })
 * ```
 */
export const esignonStartWorkflow = defineEsignonOperation({
  id: 'esignon.workflows.start',
  method: 'POST',
  path: 'esignon/workflows',
  kind: 'mutation',
  summary: 'Start an eSignon workflow from a template in embed mode.',
  input: esignonStartWorkflowInputSchema,
  data: esignonStartWorkflowDataSchema,
  errors: [
    'ESIGNON_VALIDATION_FAILED',
    'ESIGNON_FAILED',
    'ESIGNON_BODY_UNREADABLE',
    'ESIGNON_SERVICE_EXPIRED',
    'ESIGNON_QUOTA_EXCEEDED',
    'ESIGNON_EXPIRY_FORMAT',
    'ESIGNON_EXPIRY_IN_PAST',
    'ESIGNON_UNEXPECTED',
  ],
  example: {
    input: {
      templateId: '101',
      title: '근로계약서 홍길동',
      signers: [
        { name: '홍길동', contact: 'gildong@example.com' },
        { name: '김대표', contact: '010-1234-5678' },
      ],
      fields: [
        { name: '근무지', value: '서울' },
        { name: '시급', value: '10030' },
      ],
    },
  },
  esignon: { method: 'POST', path: 'api/{companyId}/startsimple', requestCode: '5005Q' },
});

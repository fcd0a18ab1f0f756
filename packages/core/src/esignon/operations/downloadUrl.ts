import { esignonPageUrlDataSchema } from '../dataSchemas.js';
import { esignonDownloadUrlInputSchema } from '../inputSchemas.js';
import { defineEsignonOperation } from './defineEsignonOperation.js';

/**
 * Get a download URL for a completed workflow's signed PDF (`document: 'signed'`) or its
 * audit-trail certificate (`'certificate'`). The URL lives 5 minutes: mint one per click, never
 * cache it.
 *
 * eSignon: `POST workflow/download` `{ workflow_id }` → `{ doc_url, cert_url }`
 * (https://api.esignon.net/workflow/downloadurl).
 *
 * @example
 * ```ts
 * const { url } = await client.request(esignonDownloadUrl, { workflowId: '12584', document: 'certificate' })
 * ```
 */
export const esignonDownloadUrl = defineEsignonOperation({
  id: 'esignon.workflows.downloadUrl',
  method: 'GET',
  path: 'esignon/workflows/{workflowId}/download-url',
  kind: 'page-url',
  summary: "Get a 5-minute download URL of a completed workflow's document or certificate.",
  page: {
    name: { ko: '이싸인온 문서', en: 'eSignon document' },
    invalidates: [],
  },
  input: esignonDownloadUrlInputSchema,
  data: esignonPageUrlDataSchema,
  errors: ['ESIGNON_DOCUMENTS_NOT_READY'],
  example: { input: { workflowId: '12584', document: 'signed' } },
  esignon: { method: 'POST', path: 'workflow/download' },
});

import { esignonPageUrlDataSchema } from '../dataSchemas.js';
import { esignonWorkflowInputSchema } from '../inputSchemas.js';
import { defineEsignonOperation } from './defineEsignonOperation.js';

/**
 * Get the current signer's page (`play_url`), to open in a new tab. eSignon has no call for it:
 * the proxy keeps the URL from the start answer and from each callback, and answers
 * `ESIGNON_NO_SIGNING_URL` when it has none (workflow finished, or started elsewhere).
 *
 * Integrators report that eSignon refuses frames, hence a new tab by default
 * (https://developer.esignon.net/reference/문서-서명-페이지-연동-api).
 *
 * @example
 * ```ts
 * const { url } = await client.request(esignonSigningUrl, { workflowId: '12584' })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const esignonSigningUrl = defineEsignonOperation({
  id: 'esignon.workflows.signingUrl',
  method: 'GET',
  path: 'esignon/workflows/{workflowId}/signing-url',
  kind: 'page-url',
  summary: "Get the current signer's eSignon page.",
  page: {
    name: { ko: '이싸인온 서명', en: 'eSignon signing' },
    invalidates: ['esignon.workflows.get'],
  },
  input: esignonWorkflowInputSchema,
  data: esignonPageUrlDataSchema,
  errors: ['ESIGNON_NO_SIGNING_URL'],
  example: { input: { workflowId: '12584' } },
  esignon: { local: true },
});

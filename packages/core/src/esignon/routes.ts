import type { RouteOf } from '../operation.js';
import type { esignonCancelWorkflow } from './operations/cancelWorkflow.js';
import type { esignonDownloadUrl } from './operations/downloadUrl.js';
import type { esignonSigningUrl } from './operations/signingUrl.js';
import type { esignonStartWorkflow } from './operations/startWorkflow.js';
import type { esignonWorkflow } from './operations/workflow.js';

// @module The eSignon operations without their schemas or wire facts: what browser code passes to
// the client, the query options and the hooks. Written by hand (five of them) and kept equal to
// the definitions by __tests__/esignonRoutes.test.ts; only type imports, so no zod is bundled.

/**
 * Route of `esignonStartWorkflow` (`POST esignon/workflows`).
 *
 * @example
 * ```ts
 * client.request(esignonStartWorkflowRoute, { templateId: '102', title: '서약서', signers: [{ name: '홍길동', contact: 'a@example.com' }] })
 * ```
 */
export const esignonStartWorkflowRoute: RouteOf<typeof esignonStartWorkflow> = Object.freeze({
  id: 'esignon.workflows.start',
  vendor: 'esignon',
  method: 'POST',
  path: 'esignon/workflows',
  kind: 'mutation',
  serverOnly: false,
});

/**
 * Route of `esignonWorkflow` (`GET esignon/workflows/{workflowId}`).
 *
 * @example
 * ```ts
 * const workflow = await client.request(esignonWorkflowRoute, { workflowId: '12584' })
 * ```
 */
export const esignonWorkflowRoute: RouteOf<typeof esignonWorkflow> = Object.freeze({
  id: 'esignon.workflows.get',
  vendor: 'esignon',
  method: 'GET',
  path: 'esignon/workflows/{workflowId}',
  kind: 'query',
  serverOnly: false,
});

/**
 * Route of `esignonCancelWorkflow` (`POST esignon/workflows/{workflowId}/cancel`).
 *
 * @example
 * ```ts
 * await client.request(esignonCancelWorkflowRoute, { workflowId: '12584' })
 * ```
 */
export const esignonCancelWorkflowRoute: RouteOf<typeof esignonCancelWorkflow> = Object.freeze({
  id: 'esignon.workflows.cancel',
  vendor: 'esignon',
  method: 'POST',
  path: 'esignon/workflows/{workflowId}/cancel',
  kind: 'mutation',
  serverOnly: false,
});

/**
 * Route of `esignonSigningUrl` (`GET esignon/workflows/{workflowId}/signing-url`): the current signer's page.
 *
 * @example
 * ```ts
 * createPageLauncher({ client, operation: esignonSigningUrlRoute, input: { workflowId: '12584' } }).open()
 * ```
 */
export const esignonSigningUrlRoute: RouteOf<typeof esignonSigningUrl> = Object.freeze({
  id: 'esignon.workflows.signingUrl',
  vendor: 'esignon',
  method: 'GET',
  path: 'esignon/workflows/{workflowId}/signing-url',
  kind: 'page-url',
  serverOnly: false,
  page: Object.freeze({
    name: Object.freeze({ ko: '이싸인온 서명', en: 'eSignon signing' }),
    invalidates: Object.freeze(['esignon.workflows.get']),
  }),
});

/**
 * Route of `esignonDownloadUrl` (`GET esignon/workflows/{workflowId}/download-url?document=…`): a 5-minute URL.
 *
 * @example
 * ```ts
 * const { url } = await client.request(esignonDownloadUrlRoute, { workflowId: '12584', document: 'certificate' })
 * ```
 */
export const esignonDownloadUrlRoute: RouteOf<typeof esignonDownloadUrl> = Object.freeze({
  id: 'esignon.workflows.downloadUrl',
  vendor: 'esignon',
  method: 'GET',
  path: 'esignon/workflows/{workflowId}/download-url',
  kind: 'page-url',
  serverOnly: false,
  page: Object.freeze({
    name: Object.freeze({ ko: '이싸인온 문서', en: 'eSignon document' }),
    invalidates: Object.freeze([]),
  }),
});

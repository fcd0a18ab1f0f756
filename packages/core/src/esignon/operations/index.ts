import { esignonCancelWorkflow } from './cancelWorkflow.js';
import { esignonDownloadUrl } from './downloadUrl.js';
import { esignonSigningUrl } from './signingUrl.js';
import { esignonStartWorkflow } from './startWorkflow.js';
import { esignonWorkflow } from './workflow.js';

export { defineEsignonOperation, type EsignonOperationDefinition } from './defineEsignonOperation.js';
export { esignonCancelWorkflow, esignonDownloadUrl, esignonSigningUrl, esignonStartWorkflow, esignonWorkflow };

/**
 * Every eSignon operation; all browser-safe (the proxy's default allowlist for the vendor).
 *
 * @example
 * ```ts
 * esignon({ ... }).operations === esignonOperations // the vendor's default allowlist
 * esignonOperations.map((operation) => operation.id) // ['esignon.workflows.start', …]
 * ```
 */
export const esignonOperations = Object.freeze([
  esignonStartWorkflow,
  esignonWorkflow,
  esignonCancelWorkflow,
  esignonSigningUrl,
  esignonDownloadUrl,
] as const);

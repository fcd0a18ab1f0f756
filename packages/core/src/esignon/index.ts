// `@esign-kit/core/esignon`: eSignon (이싸인온) for browser code. Routes without schemas, query and
// mutation options, status helpers and the kit-level types: no zod and no error catalogue at run
// time (checked by __tests__/esignonEntries.test.ts). The definitions, the result-code catalogue and
// the callback parser are in `@esign-kit/core/esignon/server`.
// Named exports only: everything listed here is public API.

export {
  esignonCancelWorkflowMutation,
  esignonStartWorkflowMutation,
  esignonWorkflowKey,
  esignonWorkflowQuery,
  isEsignonWorkflowQuery,
} from './queries.js';
export {
  esignonCancelWorkflowRoute,
  esignonDownloadUrlRoute,
  esignonSigningUrlRoute,
  esignonStartWorkflowRoute,
  esignonWorkflowRoute,
} from './routes.js';
export { esignonStatusRank, esignonWorkflowStatuses, hasEsignonDocuments, isEsignonWorkflowOver } from './status.js';
export type {
  EsignonCancelWorkflowData,
  EsignonCcInput,
  EsignonDocument,
  EsignonDownloadUrlInput,
  EsignonFieldInput,
  EsignonHistoryEntry,
  EsignonLanguageInput,
  EsignonLastCallback,
  EsignonPageUrlData,
  EsignonPerson,
  EsignonSignerInput,
  EsignonStartWorkflowData,
  EsignonStartWorkflowInput,
  EsignonWorkflow,
  EsignonWorkflowInput,
  EsignonWorkflowSigner,
  EsignonWorkflowStatus,
} from './types.js';

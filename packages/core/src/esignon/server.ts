// `@esign-kit/core/esignon/server`: eSignon (이싸인온) for servers (the proxy, the sandbox, scripts).
// The operation definitions with their zod schemas and wire facts, the result-code catalogue, the
// callback parser and the mapping between the kit's shapes and eSignon's legacy wire. Nothing the
// browser entry (`@esign-kit/core/esignon`) exports is repeated here.
// Named exports only: everything listed here is public API (checked by __tests__/esignonEntries.test.ts).

export {
  type EsignonCallback,
  type EsignonCallbackParse,
  esignonCallbackKey,
  parseEsignonCallback,
} from './callback.js';
export {
  esignonCancelWorkflowDataSchema,
  esignonPageUrlDataSchema,
  esignonStartWorkflowDataSchema,
  esignonWorkflowSchema,
  esignonWorkflowStatusSchema,
} from './dataSchemas.js';
export {
  type EsignonCallContext,
  type EsignonErrorCode,
  type EsignonFailure,
  esignonErrorCatalogue,
  esignonErrorFor,
  esignonTokenRefusedCode,
  isEsignonTokenRefused,
} from './errors.js';
export {
  esignonContactSchema,
  esignonDownloadUrlInputSchema,
  esignonStartWorkflowInputSchema,
  esignonTitleSchema,
  esignonWorkflowIdSchema,
  esignonWorkflowInputSchema,
} from './inputSchemas.js';
export { esignonKoreanIssues } from './issueTexts.js';
export {
  type EsignonAnswerOutcome,
  esignonLoginWire,
  fromDownloadAnswer,
  readEsignonAnswer,
  toCancelBody,
  toDownloadBody,
  toLoginBody,
} from './mapping/calls.js';
export {
  type EsignonStartAnswer,
  type EsignonStartOptions,
  fromStartAnswer,
  toStartSimpleBody,
} from './mapping/start.js';
export { fromWorkflowBody } from './mapping/workflow.js';
export {
  defineEsignonOperation,
  type EsignonOperationDefinition,
  esignonCancelWorkflow,
  esignonDownloadUrl,
  esignonOperations,
  esignonSigningUrl,
  esignonStartWorkflow,
  esignonWorkflow,
} from './operations/index.js';
export { type EsignonWorkflowState, isNewerState, stateFromCallback, withEsignonState } from './state.js';
export type {
  EsignonAnswer,
  EsignonAnswerHeader,
  EsignonCancelBody,
  EsignonDownloadAnswerBody,
  EsignonDownloadBody,
  EsignonExportApiInfo,
  EsignonLanguage,
  EsignonLocalWire,
  EsignonLoginAnswerBody,
  EsignonLoginBody,
  EsignonRequest,
  EsignonStartAnswerBody,
  EsignonStartSimpleBody,
  EsignonUpstreamWire,
  EsignonWire,
  EsignonWorkflowAnswerBody,
} from './wire.js';

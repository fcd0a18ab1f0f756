// Operations

// Client
export {
  createEsignClient,
  type DriftEvent,
  driftHeader,
  type EsignClient,
  type EsignClientOptions,
  type RequestOptions,
} from './client/createEsignClient.js';
export { stableKey } from './client/stableKey.js';
// Errors
export { clientErrorTexts, type ErrorTexts } from './errors/clientErrorTexts.js';
export {
  EsignKitError,
  type EsignKitErrorInit,
  isEsignKitError,
  type ValidationIssue,
} from './errors/EsignKitError.js';
export {
  describeErrorCode,
  type ErrorCatalogueEntry,
  type ErrorCode,
  isKnownErrorCode,
  type KitErrorCode,
  type KnownErrorCode,
  kitErrorCatalogue,
  type PrixErrorCode,
  prixErrorCatalogue,
} from './errors/errorCodes.js';
export { detectLocale, type Locale, resolveLocale } from './errors/locale.js';
// Page launcher (hosted pages in a new tab or a modal)
export * from './launcher/index.js';
export {
  type AnyOperation,
  type AnyOperationRoute,
  defineOperation,
  type HttpMethod,
  type OperationData,
  type OperationDefinition,
  type OperationDefinitionInit,
  type OperationInput,
  type OperationKind,
  type OperationParsedInput,
  type OperationRoute,
  type OperationTypes,
  type RouteOf,
  type WireFieldType,
} from './operation.js';
export * from './operations/business/index.js';
export * from './operations/contracts/index.js';
export * from './operations/customers/index.js';
export { assertOperationList, browserSafeOperations, builtInOperations } from './operations/registry.js';
export * from './operations/routes.generated.js';
export * from './operations/signatures/index.js';
export * from './operations/tags/index.js';
export * from './operations/templates/index.js';
export {
  creditStatusQueryOptions,
  creditUsagesQueryOptions,
  updateBusinessMutationOptions,
} from './query/businessQueries.js';
export {
  concludedFilesQueryOptions,
  contractQueryOptions,
  contractsInfiniteQueryOptions,
  contractsQueryOptions,
  retryUntilCertificateReady,
  sendReminderMutationOptions,
} from './query/contractQueries.js';
export {
  createCustomerMutationOptions,
  customerQueryOptions,
  customersQueryOptions,
  deleteCustomerMutationOptions,
  updateCustomerMutationOptions,
} from './query/customerQueries.js';
export {
  type InvalidatingClient,
  type MutationContextLike,
  type OperationMutationConfig,
  operationMutationOptions,
  operationQueryOptions,
  type QueryRemovingClient,
  type QueryRemovingContext,
  shouldRetry,
} from './query/operationOptions.js';
export {
  defaultPageSize,
  keepPreviousPage,
  listQueryOptions,
  type PageInfo,
  type PagePosition,
  pageInfo,
} from './query/pagination.js';
// Query keys and options
export { type CachedQueryLike, esignKeyRoot, esignKeys, isOperationQuery } from './query/queryKeys.js';
export {
  cancelSignatureMutationOptions,
  signaturesQueryOptions,
  signatureUsageQueryOptions,
} from './query/signatureQueries.js';
export { contractTagsQueryOptions, setContractTagsMutationOptions } from './query/tagQueries.js';
export {
  createSignatureFromTemplateMutationOptions,
  templateQueryOptions,
  templatesQueryOptions,
} from './query/templateQueries.js';
// Shared schemas
export {
  activeContractStatusSchema,
  type ContractStatus,
  type ContractType,
  contractStatusSchema,
  contractTypeSchema,
  customerCustomKeySchema,
  httpUrlSchema,
  isoDateTimeSchema,
  type PageUrlData,
  type Participant,
  pageUrlDataSchema,
  participantSchema,
  registrationNumberSchema,
  type SendChannel,
  type SignatureObject,
  type SignatureStatus,
  sendChannelSchema,
  signatureObjectSchema,
  signatureStatusSchema,
  uuidSchema,
} from './schemas/common.js';
export { type ValidationResult, validateData, validateInput } from './schemas/validateInput.js';
// Wire format (shared by the proxy and the sandbox)
export { type DecodeResult, decodeRequest, type RawRequestParts } from './wire/decodeRequest.js';
export { type EncodedRequest, encodeRequest, hasBody } from './wire/encodeRequest.js';
export { type PrixEnvelope, type PrixFailure, type PrixSuccess, parseEnvelope } from './wire/envelope.js';
export { createRouteMatcher, type RouteMatch, type RouteMatcher } from './wire/matchRoute.js';

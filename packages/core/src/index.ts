// The browser entry: routes, the client, query options, the page launcher and the errors a browser
// shows. No schema and no error catalogue load from here (zod and the sentences stay on servers);
// definitions, the catalogue and the wire codec are in `@esign-kit/core/server` (./server.ts).
// Named exports only: everything listed here is public API (checked by __tests__/entries.test.ts).

// Client
export {
  createEsignClient,
  type DriftEvent,
  driftHeader,
  type EsignClient,
  type EsignClientOptions,
  type RequestOptions,
} from './client/createEsignClient.js';
// Errors (the codes as types only: the catalogue is server code)
export { clientErrorTexts, type ErrorTexts } from './errors/clientErrorTexts.js';
export {
  EsignKitError,
  type EsignKitErrorInit,
  isEsignKitError,
  type ValidationIssue,
} from './errors/EsignKitError.js';
export type { ErrorCode, KitErrorCode, KnownErrorCode, PrixErrorCode } from './errors/errorCodes.js';
export { detectLocale, type Locale, resolveLocale } from './errors/locale.js';
// Page launcher (hosted pages in a new tab or a modal)
export { activateModal, focusGuardAttribute } from './launcher/activateModal.js';
export { createPageLauncher, type PageLauncher, type PageLauncherOptions } from './launcher/createPageLauncher.js';
export {
  completionMessageType,
  launcherChannelName,
  launchIdParam,
  launchIdPattern,
} from './launcher/launcherMessages.js';
export type {
  LauncherError,
  LauncherErrorCode,
  LauncherEvent,
  LauncherSnapshot,
  LaunchMode,
} from './launcher/launcherTypes.js';
export { isStaleAfterPage } from './launcher/pageInvalidation.js';
export { checkPageUrl, defaultPageOrigins, loopbackOrigins, type PageUrlCheck } from './launcher/pageUrlPolicy.js';
// Operation types (the definitions themselves are server code)
export type {
  AnyOperationRoute,
  HttpMethod,
  OperationData,
  OperationInput,
  OperationKind,
  OperationParsedInput,
  OperationRoute,
  OperationTypes,
  RouteOf,
  WireFieldType,
} from './operation.js';
export type { CreditStatusData, CreditStatusInput } from './operations/business/creditStatus.js';
export type {
  CreditUsage,
  ListCreditUsagesData,
  ListCreditUsagesInput,
} from './operations/business/listCreditUsages.js';
export type { UpdateBusinessData, UpdateBusinessInput } from './operations/business/updateBusiness.js';
export type { ConcludedFilesData, ConcludedFilesInput } from './operations/contracts/concludedFiles.js';
export type { ContractDetailUrlData, ContractDetailUrlInput } from './operations/contracts/contractDetailUrl.js';
export type { ContractFormUrlData, ContractFormUrlInput } from './operations/contracts/contractFormUrl.js';
export type { ContractListUrlData, ContractListUrlInput } from './operations/contracts/contractListUrl.js';
export type {
  ContractSignatureUrlData,
  ContractSignatureUrlInput,
} from './operations/contracts/contractSignatureUrl.js';
export type { Contract, FindContractData, FindContractInput } from './operations/contracts/findContract.js';
export type { GetContractData, GetContractInput, LegacyContract } from './operations/contracts/getContract.js';
export type {
  LegacyContractFormUrlData,
  LegacyContractFormUrlInput,
} from './operations/contracts/legacyContractFormUrl.js';
export type { ListContractsData, ListContractsInput } from './operations/contracts/listContracts.js';
export type { ContractDate, ContractSignature, ContractSummary } from './operations/contracts/schemas.js';
export type { CreateCustomerData, CreateCustomerInput } from './operations/customers/createCustomer.js';
export type { DeleteCustomerData, DeleteCustomerInput } from './operations/customers/deleteCustomer.js';
export type { GetCustomerData, GetCustomerInput } from './operations/customers/getCustomer.js';
export type { ListCustomersData, ListCustomersInput } from './operations/customers/listCustomers.js';
export type { Customer, CustomerManager, CustomerManagerRole } from './operations/customers/schemas.js';
export type { UpdateCustomerData, UpdateCustomerInput } from './operations/customers/updateCustomer.js';
// Routes: browser-safe operations without their schemas (generated)
export {
  bulkContractUrlRoute,
  cancelSignatureRoute,
  concludedFilesRoute,
  contractDetailUrlRoute,
  contractFormUrlRoute,
  contractListUrlRoute,
  contractSignatureUrlRoute,
  createCustomerRoute,
  createSignatureFromTemplateRoute,
  creditStatusRoute,
  deleteCustomerRoute,
  findContractRoute,
  getContractRoute,
  getCustomerRoute,
  getTemplateRoute,
  legacyContractFormUrlRoute,
  listContractsRoute,
  listContractTagsRoute,
  listCreditUsagesRoute,
  listCustomersRoute,
  listSignaturesRoute,
  listTemplatesRoute,
  participantLinkRoute,
  sendReminderRoute,
  setContractTagsRoute,
  signatureUsageRoute,
  templateFormUrlRoute,
  templateUseUrlRoute,
  updateBusinessRoute,
  updateCustomerRoute,
} from './operations/routes.generated.js';
export type { CancelSignatureData, CancelSignatureInput } from './operations/signatures/cancelSignature.js';
export type {
  ListSignaturesData,
  ListSignaturesInput,
  SignatureSummary,
} from './operations/signatures/listSignatures.js';
export type { ParticipantLinkData, ParticipantLinkInput } from './operations/signatures/participantLink.js';
export type { SendReminderData, SendReminderInput } from './operations/signatures/sendReminder.js';
export type { SignatureUsageData, SignatureUsageInput } from './operations/signatures/signatureUsage.js';
export type {
  ListContractTagsData,
  ListContractTagsInput,
  Tag,
  TagColorCode,
} from './operations/tags/listContractTags.js';
export type { SetContractTagsData, SetContractTagsInput } from './operations/tags/setContractTags.js';
export type { BulkContractUrlData, BulkContractUrlInput } from './operations/templates/bulkContractUrl.js';
export type {
  CreateSignatureFromTemplateData,
  CreateSignatureFromTemplateInput,
  RequestedParticipant,
} from './operations/templates/createSignatureFromTemplate.js';
export type { GetTemplateData, GetTemplateInput } from './operations/templates/getTemplate.js';
export type { ListTemplatesData, ListTemplatesInput } from './operations/templates/listTemplates.js';
export type {
  BulkExtraAuth,
  ExtraAuth,
  ParticipantType,
  Template,
  TemplateDetail,
  TemplateObject,
  TemplateParticipant,
} from './operations/templates/schemas.js';
export type { TemplateFormUrlData, TemplateFormUrlInput } from './operations/templates/templateFormUrl.js';
export type { TemplateUseUrlData, TemplateUseUrlInput } from './operations/templates/templateUseUrl.js';
// Query keys and options
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
// Shared data types
export type {
  ContractStatus,
  ContractType,
  PageUrlData,
  Participant,
  SendChannel,
  SignatureObject,
  SignatureStatus,
} from './schemas/common.js';

// The server entry, `@esign-kit/core/server`: operation definitions with their schemas, the registry,
// input and data validation, the wire codec and the error catalogue, for the proxy, the sandbox and
// anyone defining an operation. A browser imports `@esign-kit/core` (routes, client, query options)
// instead; a definition imported from here still works in the browser client, with zod in the bundle.
// Named exports only: everything listed here is public API (checked by __tests__/entries.test.ts).

export { stableKey } from './client/stableKey.js';
// The error catalogue (Korean and English sentences for every code)
export {
  describeErrorCode,
  type ErrorCatalogueEntry,
  isKnownErrorCode,
  kitErrorCatalogue,
  prixErrorCatalogue,
} from './errors/errorCodes.js';
// Defining operations
export {
  type AnyOperation,
  defineOperation,
  type OperationDefinition,
  type OperationDefinitionInit,
  type OperationReference,
} from './operation.js';
// Built-in definitions
export {
  type CreateBusinessData,
  type CreateBusinessInput,
  createBusiness,
} from './operations/business/createBusiness.js';
export { creditStatus } from './operations/business/creditStatus.js';
export { listCreditUsages } from './operations/business/listCreditUsages.js';
export {
  type ListManagedBusinessesData,
  type ListManagedBusinessesInput,
  listManagedBusinesses,
  type ManagedBusiness,
} from './operations/business/listManagedBusinesses.js';
export type { BusinessProfile } from './operations/business/schemas.js';
export { updateBusiness } from './operations/business/updateBusiness.js';
export { concludedFiles } from './operations/contracts/concludedFiles.js';
export { contractDetailUrl } from './operations/contracts/contractDetailUrl.js';
export { contractFormUrl } from './operations/contracts/contractFormUrl.js';
export { contractListUrl } from './operations/contracts/contractListUrl.js';
export { contractSignatureUrl } from './operations/contracts/contractSignatureUrl.js';
export { findContract, findContractDataSchema } from './operations/contracts/findContract.js';
export { getContract } from './operations/contracts/getContract.js';
export { legacyContractFormUrl } from './operations/contracts/legacyContractFormUrl.js';
export { listContracts } from './operations/contracts/listContracts.js';
export { createCustomer } from './operations/customers/createCustomer.js';
export { deleteCustomer } from './operations/customers/deleteCustomer.js';
export { getCustomer } from './operations/customers/getCustomer.js';
export { listCustomers } from './operations/customers/listCustomers.js';
export { updateCustomer } from './operations/customers/updateCustomer.js';
export { assertOperationList, browserSafeOperations, builtInOperations } from './operations/registry.js';
export { cancelSignature } from './operations/signatures/cancelSignature.js';
export { listSignatures } from './operations/signatures/listSignatures.js';
export { participantLink } from './operations/signatures/participantLink.js';
export { sendReminder } from './operations/signatures/sendReminder.js';
export { signatureUsage } from './operations/signatures/signatureUsage.js';
export { listContractTags } from './operations/tags/listContractTags.js';
export { setContractTags } from './operations/tags/setContractTags.js';
export { bulkContractUrl } from './operations/templates/bulkContractUrl.js';
export { createSignatureFromTemplate } from './operations/templates/createSignatureFromTemplate.js';
export { getTemplate } from './operations/templates/getTemplate.js';
export { listTemplates } from './operations/templates/listTemplates.js';
export { templateFormUrl } from './operations/templates/templateFormUrl.js';
export { templateUseUrl } from './operations/templates/templateUseUrl.js';
// Schema helpers for defining an operation, and validation
export { httpUrlSchema, isoDateTimeSchema, participantSchema, uuidSchema } from './schemas/common.js';
export { type ValidationResult, validateData, validateInput } from './schemas/validateInput.js';
// Wire format (shared by the proxy and the sandbox)
export { type DecodeResult, decodeRequest, type RawRequestParts } from './wire/decodeRequest.js';
export { type EncodedRequest, encodeRequest, hasBody } from './wire/encodeRequest.js';
export { type PrixEnvelope, type PrixFailure, type PrixSuccess, parseEnvelope } from './wire/envelope.js';
export { createRouteMatcher, type RouteMatch, type RouteMatcher } from './wire/matchRoute.js';

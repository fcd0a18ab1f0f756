import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import * as server from '../server.js';

// The public API of each entry, written out: a name added to or dropped from an entry is an API
// change and must show up here (and in a changeset).
const browserEntry = [
  'EsignKitError',
  'activateModal',
  'bulkContractUrlRoute',
  'cancelSignatureMutationOptions',
  'cancelSignatureRoute',
  'checkPageUrl',
  'clientErrorTexts',
  'completionMessageType',
  'concludedFilesQueryOptions',
  'concludedFilesRoute',
  'contractDetailUrlRoute',
  'contractFormUrlRoute',
  'contractListUrlRoute',
  'contractQueryOptions',
  'contractSignatureUrlRoute',
  'contractTagsQueryOptions',
  'contractsInfiniteQueryOptions',
  'contractsQueryOptions',
  'createCustomerMutationOptions',
  'createCustomerRoute',
  'createEsignClient',
  'createPageLauncher',
  'createSignatureFromTemplateMutationOptions',
  'createSignatureFromTemplateRoute',
  'creditStatusQueryOptions',
  'creditStatusRoute',
  'creditUsagesQueryOptions',
  'customerQueryOptions',
  'customersQueryOptions',
  'defaultPageOrigins',
  'defaultPageSize',
  'deleteCustomerMutationOptions',
  'deleteCustomerRoute',
  'detectLocale',
  'driftHeader',
  'esignKeyRoot',
  'esignKeys',
  'findContractRoute',
  'focusGuardAttribute',
  'getContractRoute',
  'getCustomerRoute',
  'getTemplateRoute',
  'isEsignKitError',
  'isOperationQuery',
  'isStaleAfterPage',
  'keepPreviousPage',
  'launchIdParam',
  'launchIdPattern',
  'launcherChannelName',
  'legacyContractFormUrlRoute',
  'listContractTagsRoute',
  'listContractsRoute',
  'listCreditUsagesRoute',
  'listCustomersRoute',
  'listQueryOptions',
  'listSignaturesRoute',
  'listTemplatesRoute',
  'loopbackOrigins',
  'operationMutationOptions',
  'operationQueryOptions',
  'pageInfo',
  'participantLinkRoute',
  'resolveLocale',
  'retryUntilCertificateReady',
  'sendReminderMutationOptions',
  'sendReminderRoute',
  'setContractTagsMutationOptions',
  'setContractTagsRoute',
  'shouldRetry',
  'signatureUsageQueryOptions',
  'signatureUsageRoute',
  'signaturesQueryOptions',
  'templateFormUrlRoute',
  'templateQueryOptions',
  'templateUseUrlRoute',
  'templatesQueryOptions',
  'updateBusinessMutationOptions',
  'updateBusinessRoute',
  'updateCustomerMutationOptions',
  'updateCustomerRoute',
];
const serverEntry = [
  'assertOperationList',
  'browserSafeOperations',
  'builtInOperations',
  'bulkContractUrl',
  'cancelSignature',
  'concludedFiles',
  'contractDetailUrl',
  'contractFormUrl',
  'contractListUrl',
  'contractSignatureUrl',
  'createBusiness',
  'createCustomer',
  'createRouteMatcher',
  'createSignatureFromTemplate',
  'creditStatus',
  'decodeRequest',
  'defineOperation',
  'deleteCustomer',
  'describeErrorCode',
  'encodeRequest',
  'findContract',
  'findContractDataSchema',
  'getContract',
  'getCustomer',
  'getTemplate',
  'hasBody',
  'httpUrlSchema',
  'isKnownErrorCode',
  'isoDateTimeSchema',
  'kitErrorCatalogue',
  'legacyContractFormUrl',
  'listContractTags',
  'listContracts',
  'listCreditUsages',
  'listCustomers',
  'listManagedBusinesses',
  'listSignatures',
  'listTemplates',
  'parseEnvelope',
  'participantLink',
  'participantSchema',
  'prixErrorCatalogue',
  'sendReminder',
  'setContractTags',
  'signatureUsage',
  'stableKey',
  'templateFormUrl',
  'templateUseUrl',
  'updateBusiness',
  'updateCustomer',
  'uuidSchema',
  'validateData',
  'validateInput',
];

/** Whether a value is a zod schema (every zod 4 schema, classic or mini, carries `_zod`). */
const isSchema = (value: unknown) => typeof value === 'object' && value !== null && '_zod' in value;

describe('@esign-kit/core (the browser entry)', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(core).sort()).toEqual(browserEntry);
  });

  it('exports no zod schema, no definition and nothing of the error catalogue', () => {
    const exported: [string, unknown][] = Object.entries(core);
    expect(exported.filter(([, value]) => isSchema(value)).map(([name]) => name)).toEqual([]);
    // A definition carries its schemas (`input`); a route is the same operation without them.
    const definitions = exported.filter(([, value]) => typeof value === 'object' && value !== null && 'input' in value);
    expect(definitions.map(([name]) => name)).toEqual([]);
    expect('describeErrorCode' in core).toBe(false);
    const values = exported.map(([, value]) => value);
    expect(values).not.toContain(server.prixErrorCatalogue);
    expect(values).not.toContain(server.kitErrorCatalogue);
    expect(values).not.toContain(server.describeErrorCode);
  });
});

describe('@esign-kit/core/server', () => {
  it('exports exactly its public API, and nothing the browser entry already exports', () => {
    expect(Object.keys(server).sort()).toEqual(serverEntry);
    expect(serverEntry.filter((name) => browserEntry.includes(name))).toEqual([]);
  });

  it('exports a definition for every route of the browser entry', () => {
    const routes = browserEntry.filter((name) => name.endsWith('Route')).map((name) => name.slice(0, -'Route'.length));
    expect(routes.filter((name) => !serverEntry.includes(name))).toEqual([]);
  });
});

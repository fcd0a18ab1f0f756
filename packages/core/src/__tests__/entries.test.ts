import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { builtInOperations } from '../operations/registry.js';
import * as server from '../server.js';

/** The name each built-in definition is exported under (the registry holds values, not names). */
const definitionNames = Object.entries(server)
  .filter(([, value]) => (builtInOperations as readonly unknown[]).includes(value))
  .map(([name]) => name);
const routeNames = definitionNames
  .filter((name) => !(server as unknown as Record<string, { serverOnly: boolean }>)[name]?.serverOnly)
  .map((name) => `${name}Route`);

// The public API of each entry, written out: a name added to or dropped from an entry is an API
// change and must show up here (and in a changeset). The operations are the exception: each
// definition of the registry is exported from the server entry, and each browser-safe one's
// route (`<name>Route`) from the browser entry, both read from the registry below, so adding an
// operation file adds them (docs/operations.md, generated, lists them by name).
const browserEntry = [
  'EsignKitError',
  'activateModal',
  'cancelSignatureMutationOptions',
  'checkPageUrl',
  'clientErrorTexts',
  'completionMessageType',
  'concludedFilesQueryOptions',
  'connectPageDialog',
  'connectPageLauncher',
  'contractQueryOptions',
  'contractTagsQueryOptions',
  'contractsInfiniteQueryOptions',
  'contractsQueryOptions',
  'createCustomerMutationOptions',
  'createEsignClient',
  'createPageLauncher',
  'createSignatureFromTemplateMutationOptions',
  'creditStatusQueryOptions',
  'creditUsagesQueryOptions',
  'customerQueryOptions',
  'customersQueryOptions',
  'defaultPageOrigins',
  'defaultPageSize',
  'deleteCustomerMutationOptions',
  'detectLocale',
  'driftHeader',
  'esignKeyRoot',
  'esignKeys',
  'focusGuardAttribute',
  'initialLauncherState',
  'isEsignKitError',
  'isOperationQuery',
  'isStaleAfterPage',
  'keepPreviousPage',
  'launchErrorTexts',
  'launchIdParam',
  'launchIdPattern',
  'launcherChannelName',
  'listQueryOptions',
  'loopbackOrigins',
  'operationMutationOptions',
  'operationQueryOptions',
  'pageFrameSandbox',
  'pageInfo',
  'resolveLocale',
  'retryUntilCertificateReady',
  'sendReminderMutationOptions',
  'setContractTagsMutationOptions',
  'shouldRetry',
  'signatureUsageQueryOptions',
  'signaturesQueryOptions',
  'templateQueryOptions',
  'templatesQueryOptions',
  'transition',
  'updateBusinessMutationOptions',
  'updateCustomerMutationOptions',
];
const serverEntry = [
  'assertOperationList',
  'browserSafeOperations',
  'builtInOperations',
  'createRouteMatcher',
  'decodeRequest',
  'defineOperation',
  'describeErrorCode',
  'encodeRequest',
  'fillPath',
  'findContractDataSchema',
  'hasBody',
  'httpUrlSchema',
  'isKnownErrorCode',
  'isoDateTimeSchema',
  'kitErrorCatalogue',
  'parseEnvelope',
  'participantSchema',
  'prixErrorCatalogue',
  'stableKey',
  'uuidSchema',
  'validateData',
  'validateInput',
  'validated',
  'definitionOfValidated',
];

/** Whether a value is a zod schema (every zod 4 schema, classic or mini, carries `_zod`). */
const isSchema = (value: unknown) => typeof value === 'object' && value !== null && '_zod' in value;

describe('@esign-kit/core (the browser entry)', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(core).sort()).toEqual([...browserEntry, ...routeNames].sort());
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
    expect(definitionNames).toHaveLength(builtInOperations.length);
    expect(Object.keys(server).sort()).toEqual([...serverEntry, ...definitionNames].sort());
    expect(Object.keys(server).filter((name) => Object.hasOwn(core, name))).toEqual([]);
  });

  it('exports a definition for every route of the browser entry', () => {
    const routes = Object.keys(core)
      .filter((name) => name.endsWith('Route'))
      .map((name) => name.slice(0, -'Route'.length));
    expect(routes.filter((name) => !definitionNames.includes(name))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { AnyOperation } from '../../operation.js';
import { assertOperationList, browserSafeOperations, builtInOperations } from '../../operations/registry.js';
import * as core from '../../server.js';
import { referenceContractUuid, referenceSignatureUuid } from '../fixtures.js';

/** The names other packages build on: export name, id, method, path, kind (one row per endpoint). */
const contract = [
  ['contractFormUrl', 'contracts.formUrl', 'POST', 'contracts/form-url', 'page-url'],
  ['findContract', 'contracts.find', 'GET', 'contracts/find', 'query'],
  ['contractDetailUrl', 'contracts.detailUrl', 'GET', 'contracts/{contractUuid}/url', 'page-url'],
  ['listContracts', 'contracts.list', 'GET', 'contracts', 'query'],
  ['contractListUrl', 'contracts.listUrl', 'GET', 'contracts/url', 'page-url'],
  ['listSignatures', 'signatures.list', 'GET', 'signatures', 'query'],
  ['signatureUsage', 'signatures.usage', 'GET', 'signatures/usage', 'query'],
  ['sendReminder', 'signatures.send', 'POST', 'signatures/{signatureUuid}/send', 'mutation'],
  ['participantLink', 'signatures.link', 'GET', 'signatures/{signatureUuid}/link', 'page-url'],
  ['cancelSignature', 'signatures.cancel', 'POST', 'signatures/{signatureUuid}/cancel', 'mutation'],
  ['contractSignatureUrl', 'contracts.signatureUrl', 'GET', 'contracts/{contractUuid}/signature-url', 'page-url'],
  ['getContract', 'contracts.get', 'GET', 'contracts/{contractUuid}', 'query'],
  ['legacyContractFormUrl', 'contracts.formUrlLegacy', 'GET', 'contracts/form-url', 'page-url'],
  ['concludedFiles', 'contracts.concludedFiles', 'GET', 'contracts/download/concluded-contract-files-url', 'query'],
  ['templateFormUrl', 'templates.formUrl', 'GET', 'signature-templates/form-url', 'page-url'],
  ['listTemplates', 'templates.list', 'GET', 'signature-templates', 'query'],
  ['getTemplate', 'templates.get', 'GET', 'signature-templates/{templateKey}', 'query'],
  [
    'createSignatureFromTemplate',
    'templates.createSignature',
    'POST',
    'signature-templates/{templateKey}/signatures',
    'mutation',
  ],
  ['bulkContractUrl', 'templates.bulkUrl', 'POST', 'signature-templates/{templateKey}/bulk-url', 'page-url'],
  ['templateUseUrl', 'templates.useUrl', 'POST', 'signature-templates/{templateKey}/use-template-url', 'page-url'],
  ['listContractTags', 'tags.list', 'GET', 'contracts/tags', 'query'],
  ['setContractTags', 'contracts.setTags', 'PATCH', 'contracts/{contractUuid}', 'mutation'],
  ['updateBusiness', 'business.update', 'PATCH', 'business', 'mutation'],
  ['listCreditUsages', 'credits.usages', 'GET', 'credit-usages', 'query'],
  ['creditStatus', 'credits.status', 'GET', 'credit-usages/status', 'query'],
  ['createBusiness', 'business.create', 'POST', 'business', 'mutation'],
  ['listManagedBusinesses', 'business.managing', 'GET', 'business/managing', 'query'],
  ['createCustomer', 'customers.create', 'POST', 'customers', 'mutation'],
  ['getCustomer', 'customers.get', 'GET', 'customers/{customerId}', 'query'],
  ['listCustomers', 'customers.list', 'GET', 'customers', 'query'],
  ['updateCustomer', 'customers.update', 'PATCH', 'customers/{customerId}', 'mutation'],
  ['deleteCustomer', 'customers.delete', 'DELETE', 'customers/{customerId}', 'mutation'],
] as const;

const exported = core as unknown as Record<string, AnyOperation | undefined>;
const byId = (id: string) => builtInOperations.find((operation) => operation.id === id);

describe('builtInOperations', () => {
  it('holds the documented endpoints, in the reference order', () => {
    expect(builtInOperations.map((operation) => operation.id)).toEqual(contract.map(([, id]) => id));
  });

  it.each(contract)('exports %s from the package entry as %s %s %s (%s)', (name, id, method, path, kind) => {
    expect(exported[name]).toBe(byId(id));
    expect(exported[name]).toMatchObject({ id, method, path, kind });
  });

  it('has unique ids and routes', () => {
    expect(() => assertOperationList(builtInOperations)).not.toThrow();
    expect(new Set(builtInOperations.map((operation) => operation.id)).size).toBe(builtInOperations.length);
  });

  it('marks exactly createBusiness and listManagedBusinesses server-only, and keeps them from browsers', () => {
    const serverOnly = builtInOperations.filter((operation) => operation.serverOnly);
    expect(serverOnly).toEqual([core.createBusiness, core.listManagedBusinesses]);
    const browserSafe = browserSafeOperations();
    expect(browserSafe).toEqual(builtInOperations.filter((operation) => !serverOnly.includes(operation)));
    expect(browserSafe).not.toContain(core.createBusiness);
    expect(browserSafe).not.toContain(core.listManagedBusinesses);
  });

  it('marks the deprecated endpoints with their replacement', () => {
    const deprecated = builtInOperations.filter((operation) => operation.deprecated);
    expect(deprecated.map((operation) => [operation.id, operation.deprecated])).toEqual([
      ['contracts.get', 'Use findContract (GET contracts/find).'],
      ['contracts.formUrlLegacy', 'Use contractFormUrl (POST contracts/form-url).'],
    ]);
  });

  it('lists only error codes the catalogue knows', () => {
    const unknown = builtInOperations.flatMap((operation) =>
      operation.errors.filter((code) => !core.isKnownErrorCode(code)),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every page-URL endpoint a url (a link for the signing page)', () => {
    const pages = builtInOperations.filter((operation) => operation.kind === 'page-url');
    expect(pages).toHaveLength(9);
    for (const page of pages) {
      const key = page === core.participantLink ? 'link' : 'url';
      expect(page.data.safeParse({ [key]: 'https://www.prix.im/...' }).success, page.id).toBe(true);
      expect(page.data.safeParse({}).success, page.id).toBe(false);
    }
  });

  it('declares a wire type for every non-string path parameter', () => {
    for (const operation of [core.getCustomer, core.updateCustomer, core.deleteCustomer]) {
      expect(operation.wireTypes.customerId).toBe('number');
    }
    // templateKey is an id or a slug: it stays text on the wire.
    expect(core.getTemplate.wireTypes).toEqual({});
  });
});

describe('route matching across the built-in operations', () => {
  const match = createMatcher();
  const uuid = referenceContractUuid;

  it.each([
    ['GET', 'contracts/find', 'contracts.find', {}],
    ['GET', 'contracts/url', 'contracts.listUrl', {}],
    ['GET', 'contracts/tags', 'tags.list', {}],
    ['GET', 'contracts/form-url', 'contracts.formUrlLegacy', {}],
    ['POST', 'contracts/form-url', 'contracts.formUrl', {}],
    ['GET', `contracts/${uuid}`, 'contracts.get', { contractUuid: uuid }],
    ['PATCH', `contracts/${uuid}`, 'contracts.setTags', { contractUuid: uuid }],
    ['GET', `contracts/${uuid}/url`, 'contracts.detailUrl', { contractUuid: uuid }],
    ['GET', 'contracts/download/concluded-contract-files-url', 'contracts.concludedFiles', {}],
    ['GET', 'signature-templates/form-url', 'templates.formUrl', {}],
    ['GET', 'signature-templates/4328', 'templates.get', { templateKey: '4328' }],
    ['GET', 'signature-templates/nda-template', 'templates.get', { templateKey: 'nda-template' }],
    ['GET', 'credit-usages/status', 'credits.status', {}],
    ['GET', 'credit-usages', 'credits.usages', {}],
    ['GET', 'signatures/usage', 'signatures.usage', {}],
    ['GET', `signatures/${referenceSignatureUuid}/link`, 'signatures.link', { signatureUuid: referenceSignatureUuid }],
    ['POST', 'business', 'business.create', {}],
    ['PATCH', 'business', 'business.update', {}],
    ['GET', 'business/managing', 'business.managing', {}],
    ['DELETE', 'customers/12', 'customers.delete', { customerId: '12' }],
  ])('%s %s → %s', (method, path, id, params) => {
    expect(match(method, path)).toEqual({ kind: 'match', operation: byId(id), params });
  });

  it('answers method-not-allowed with the methods a shared path accepts', () => {
    expect(match('DELETE', `contracts/${uuid}`)).toEqual({ kind: 'method-not-allowed', allowed: ['GET', 'PATCH'] });
    expect(match('GET', 'business')).toEqual({ kind: 'method-not-allowed', allowed: ['PATCH', 'POST'] });
  });

  it('does not route to the endpoints the reference could not document', () => {
    expect(match('POST', 'contracts/tags').kind).toBe('method-not-allowed');
    expect(match('GET', 'signature-templates/4328/preview-url').kind).toBe('not-found');
  });
});

function createMatcher() {
  return core.createRouteMatcher(builtInOperations);
}

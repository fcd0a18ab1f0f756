import { describe, expect, it } from 'vitest';
import type { AnyOperation } from '../../operation.js';
import { assertOperationList, browserSafeOperations, builtInOperations } from '../../operations/registry.js';
import * as core from '../../server.js';
import { referenceContractUuid, referenceSignatureUuid } from '../fixtures.js';

// The names other packages build on (export name, id, method, path, kind) are pinned by the
// generated table of docs/operations.md and its freshness test (operationsDoc.test.ts): changing
// one shows in that file's diff. These tests read the registry instead of restating it.

const exported = core as unknown as Record<string, AnyOperation | undefined>;
const byId = (id: string) => builtInOperations.find((operation) => operation.id === id);
const sectionNumbers = (operation: AnyOperation) => (operation.reference?.section ?? '').split('.').map(Number);

describe('builtInOperations', () => {
  it('holds every definition of the operation folders once, in the reference order', () => {
    expect(builtInOperations.length).toBeGreaterThan(0);
    for (const [index, operation] of builtInOperations.entries()) {
      const next = builtInOperations[index + 1];
      if (!next) continue;
      const [a, b] = [sectionNumbers(operation), sectionNumbers(next)];
      const order = (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0);
      expect(order, `${operation.id} (§${operation.reference?.section}) before ${next.id}`).toBeLessThan(0);
    }
  });

  it.each(builtInOperations.map((operation) => [operation.id, operation] as const))(
    'exports %s from the server entry under its name',
    (_id, operation) => {
      const names = Object.keys(exported).filter((name) => exported[name] === operation);
      expect(names).toHaveLength(1);
    },
  );

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
    expect(pages.length).toBeGreaterThan(0);
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

import { type AnyOperation, browserSafeOperations, findContract, listManagedBusinesses } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { createUpstreamPathGuard } from '../serverOnlyRoutes.js';

/** A user-defined operation as the guard sees it: only its method and path matter here. */
const userOperation = (id: string, path: string): AnyOperation => ({
  ...findContract,
  id,
  path,
  pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
});
const businessByName = userOperation('custom.business', 'business/{name}');

describe('createUpstreamPathGuard', () => {
  it('refuses a user-defined route whose parameter lands on a server-only route, however it is spelled', () => {
    const guard = createUpstreamPathGuard([businessByName]);
    for (const name of ['managing', 'MANAGING', 'Managing', 'managing;jsessionid=1', 'managing.json']) {
      expect({ name, refusal: guard(businessByName, { name }) }).toEqual({ name, refusal: 'server-only' });
    }
    expect(guard(businessByName, { name: 'credit' })).toBeUndefined();
    expect(guard(businessByName, { name: 'managing-team' })).toBeUndefined();
  });

  it('refuses a parameter that URL normalisation would turn into another path', () => {
    // The validated input, as a schema's transform could leave it (the router refuses these spellings).
    const files = userOperation('custom.files', 'contracts/{id}/files');
    const guard = createUpstreamPathGuard([files]);
    for (const id of ['.', '..', '']) {
      expect({ id, refusal: guard(files, { id }) }).toEqual({ id, refusal: 'path-changes' });
    }
    expect(guard(files, { id: '..x' })).toBeUndefined();
  });

  it('refuses at start-up an operation that is a server-only route under another name or case', () => {
    const copy = userOperation('custom.managing', 'Business/Managing'); // not flagged server-only
    expect(() => createUpstreamPathGuard([copy])).toThrow(/custom\.managing.*business\.managing/);
    expect(() => createUpstreamPathGuard([{ ...listManagedBusinesses, serverOnly: false }])).toThrow(/server-only/);
  });

  it('lets every built-in browser-safe operation through', () => {
    const guard = createUpstreamPathGuard(browserSafeOperations());
    expect(guard(findContract, { uuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a' })).toBeUndefined();
  });
});

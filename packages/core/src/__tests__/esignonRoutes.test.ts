import { describe, expect, it } from 'vitest';
import { createEsignClient } from '../client/createEsignClient.js';
import * as browser from '../esignon/index.js';
import { esignonOperations } from '../esignon/server.js';
import type { CachedQueryLike } from '../query/queryKeys.js';

const routes = [
  browser.esignonStartWorkflowRoute,
  browser.esignonWorkflowRoute,
  browser.esignonCancelWorkflowRoute,
  browser.esignonSigningUrlRoute,
  browser.esignonDownloadUrlRoute,
];

describe('the eSignon routes', () => {
  it('should be one per definition, equal to it but for the schemas, the docs, the server’s wire facts (path parameters, wire types) and the eSignon wire facts', () => {
    expect(routes.map((route) => route.id)).toEqual(esignonOperations.map((operation) => operation.id));
    for (const definition of esignonOperations) {
      const route = routes.find((candidate) => candidate.id === definition.id);
      expect(route, definition.id).toEqual({
        id: definition.id,
        vendor: 'esignon',
        method: definition.method,
        path: definition.path,
        kind: definition.kind,
        serverOnly: definition.serverOnly,
        ...(definition.page ? { page: definition.page } : {}),
      });
      expect(definition.vendor).toBe('esignon');
      expect(definition.serverOnly).toBe(false);
    }
  });

  it('should put every browser path under esignon/ and carry no eSignon wire path', () => {
    for (const route of routes) {
      expect(route.path).toMatch(/^esignon\/workflows/);
      expect(route).not.toHaveProperty('esignon');
      expect(route).not.toHaveProperty('input');
    }
  });

  it('should give each definition its eSignon wire facts; the signing URL is answered locally', () => {
    const wires = Object.fromEntries(esignonOperations.map((operation) => [operation.id, operation.esignon]));
    expect(wires).toEqual({
      'esignon.workflows.start': { method: 'POST', path: 'api/{companyId}/startsimple', requestCode: '5005Q' },
      'esignon.workflows.get': { method: 'GET', path: 'api/v2/workflows/{workflowId}', query: { offset: '+09:00' } },
      'esignon.workflows.cancel': { method: 'POST', path: 'JEDOC/Common.do', requestCode: '1510Q' },
      'esignon.workflows.signingUrl': { local: true },
      'esignon.workflows.downloadUrl': { method: 'POST', path: 'workflow/download' },
    });
  });
});

describe('the eSignon query options', () => {
  const requests: Request[] = [];
  const client = createEsignClient({
    baseUrl: 'https://app.test/api/esign',
    fetch: async (input, init) => {
      requests.push(new Request(input, init));
      return Response.json({ ok: true, data: { workflowId: '12584', status: 'Canceled' } });
    },
  });

  it('should key a workflow under the kit’s tree and read it from the proxy path', async () => {
    const options = browser.esignonWorkflowQuery(client, { workflowId: '12584' });
    expect(options.queryKey).toEqual(['esign-kit', 'esignon.workflows.get', { workflowId: '12584' }]);
    expect(browser.esignonWorkflowKey('12584')).toEqual(options.queryKey);
    await options.queryFn({});
    expect(requests.at(-1)?.url).toBe('https://app.test/api/esign/esignon/workflows/12584');
    expect(requests.at(-1)?.method).toBe('GET');
  });

  it('should send a start with an idempotency key, kept when the same call is retried and new for a new call', async () => {
    const { mutationFn } = browser.esignonStartWorkflowMutation(client);
    const input = { templateId: '102', title: '서약서', signers: [{ name: '홍길동', contact: 'a@example.com' }] };
    await mutationFn(input);
    await mutationFn(input);
    const [first, second] = requests.slice(-2);
    expect(first?.url).toBe('https://app.test/api/esign/esignon/workflows');
    expect(await first?.json()).toEqual(input);
    const key = first?.headers.get('idempotency-key');
    expect(key).toBeTruthy();
    expect(second?.headers.get('idempotency-key')).toBe(key);
    await mutationFn({ ...input });
    expect(requests.at(-1)?.headers.get('idempotency-key')).not.toBe(key);
  });

  it('should refetch only that workflow after a cancel', async () => {
    const options = browser.esignonCancelWorkflowMutation(client);
    const cached: CachedQueryLike[] = [
      { queryKey: browser.esignonWorkflowKey('12584'), state: { data: undefined } },
      { queryKey: browser.esignonWorkflowKey('999'), state: { data: undefined } },
      { queryKey: ['esign-kit', 'contracts.find', { workflowId: '12584' }], state: { data: undefined } },
    ];
    const invalidated: unknown[] = [];
    const queryClient = {
      invalidateQueries: async ({ predicate }: { predicate: (query: CachedQueryLike) => boolean }) => {
        for (const query of cached) if (predicate(query)) invalidated.push(query.queryKey);
      },
    };
    await options.onSuccess({ workflowId: '12584', status: 'Canceled' }, { workflowId: '12584' }, undefined, {
      client: queryClient,
    });
    expect(invalidated).toEqual([browser.esignonWorkflowKey('12584')]);
  });
});

describe('the status helpers', () => {
  it('should say when a workflow is over and when its documents are there', () => {
    expect(browser.esignonWorkflowStatuses.filter(browser.isEsignonWorkflowOver)).toEqual([
      'Complete',
      'Canceled',
      'Disposal',
      'Truncate',
    ]);
    expect(browser.isEsignonWorkflowOver('SomethingNew')).toBe(false);
    expect(browser.esignonWorkflowStatuses.filter(browser.hasEsignonDocuments)).toEqual(['Complete']);
  });
});

import { type AnyOperation, listContractTags, setContractTags } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { createEsignProxy } from '../createEsignProxy.js';
import type { EsignProxyErrorEvent, EsignProxyLogEvent, EsignProxyOptions } from '../options.js';
import type { Vendor, VendorCall, VendorCallContext, VendorResult, VendorRoute } from '../vendor/Vendor.js';

// The vendor seam, in process: a fake vendor (no sockets, no fetch) beside Prix's injected fetch,
// so what the proxy does for every vendor alike is seen directly.

const apiKey = 'sk_vendor_seam_0123456789abcdef';
const fakeStatic = 'fake-static-password-42';
const fakeToken = 'fake-session-token-9f8e7d';
const app = 'https://admin.example.test';
const base = `${app}/api/esign`;
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const tags = [{ id: 1, name: '계약', colorCode: 'RED', order: 1 }];

/** A built-in definition moved to the fake vendor: its schemas, another id and path. */
function fakeOperation(definition: AnyOperation, id: string, path: string): AnyOperation {
  return Object.freeze({ ...definition, id, path, vendor: 'fake' });
}
const fakeTags = fakeOperation(listContractTags, 'fake.tags.list', 'fake/tags');
const fakeSetTags = fakeOperation(setContractTags, 'fake.contracts.setTags', 'fake/contracts/{contractUuid}');

type Answer = (call: VendorCall, context: VendorCallContext) => VendorResult | Promise<VendorResult>;

/** A vendor that answers with `answer` and keeps every call and account look-up. */
function fakeVendor(answer: Answer = () => ({ ok: true, data: tags }), routes?: readonly VendorRoute[]) {
  const calls: VendorCall[] = [];
  const accounts: Request[] = [];
  const vendor: Vendor = {
    id: 'fake',
    name: 'Fake',
    operations: [fakeTags, fakeSetTags],
    staticSecrets: [fakeStatic],
    async account(request) {
      accounts.push(request);
      return { tenant: request.headers.get('x-tenant') ?? 'tenant-a', secrets: [fakeToken] };
    },
    async call(call, context) {
      calls.push(call);
      return answer(call, context);
    },
    ...(routes ? { routes } : {}),
  };
  return { vendor, calls, accounts };
}

/** Prix as an injected fetch that answers the tag list. */
function fakePrix() {
  const calls: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(new Request(input, init));
    return Response.json({ ok: true, data: tags });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

function setUp(vendor: Vendor, options: Partial<EsignProxyOptions> = {}) {
  const logs: EsignProxyLogEvent[] = [];
  const errors: EsignProxyErrorEvent[] = [];
  const prix = fakePrix();
  const proxy = createEsignProxy({
    apiKey,
    upstream: 'https://prix.test/kit-api/v1',
    publicOrigins: [app],
    authorize: () => true,
    fetch: prix.fetch,
    onLog: (event) => logs.push(event),
    onError: (event) => errors.push(event),
    vendors: [vendor],
    ...options,
  });
  return { proxy, logs, errors, prixCalls: prix.calls };
}

const setTags = (headers: Record<string, string> = {}) =>
  new Request(`${base}/fake/contracts/${contractUuid}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', origin: app, ...headers },
    body: JSON.stringify({ input: { tagIds: [1] } }),
  });

describe('the vendor seam', () => {
  it("dispatches each operation to its definition's vendor, after the same checks, as the resolved account", async () => {
    const fake = fakeVendor();
    const { proxy, logs, prixCalls } = setUp(fake.vendor);
    const answer = await proxy(new Request(`${base}/fake/tags`));
    expect([answer.status, await answer.json()]).toEqual([200, { ok: true, data: tags }]);
    expect(fake.calls.map((call) => [call.operation.id, call.account.tenant])).toEqual([[fakeTags.id, 'tenant-a']]);
    expect(prixCalls).toHaveLength(0);

    expect((await proxy(new Request(`${base}/contracts/tags`))).status).toBe(200);
    expect(prixCalls.map((call) => new URL(call.url).pathname)).toEqual(['/kit-api/v1/contracts/tags']);
    expect([fake.calls.length, fake.accounts.length]).toEqual([1, 1]);
    expect(logs.map((log) => [log.path, log.operationId, log.status])).toEqual([
      ['fake/tags', fakeTags.id, 200],
      ['contracts/tags', listContractTags.id, 200],
    ]);
  });

  it('hands the vendor the validated input, and refuses what the checks refuse before any account is resolved', async () => {
    const fake = fakeVendor(() => ({ ok: true, data: undefined }));
    const { proxy } = setUp(fake.vendor, { authorize: ({ request }) => request.headers.get('x-user') === 'kim' });
    expect((await proxy(setTags({ 'x-user': 'kim' }))).status).toBe(200);
    expect(fake.calls.map((call) => call.input)).toEqual([{ contractUuid, input: { tagIds: [1] } }]);

    expect((await proxy(setTags())).status).toBe(403); // authorize
    expect((await proxy(setTags({ 'x-user': 'kim', origin: 'https://evil.test' }))).status).toBe(403); // cross-site
    const invalid = new Request(`${base}/fake/contracts/${contractUuid}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', origin: app, 'x-user': 'kim' },
      body: JSON.stringify({ input: { tagIds: 'one' } }),
    });
    expect((await proxy(invalid)).status).toBe(400);
    expect([fake.calls.length, fake.accounts.length]).toEqual([1, 1]);
  });

  it("keys idempotency by the account's tenant: a repeated key replays, another tenant's is its own", async () => {
    const fake = fakeVendor(() => ({ ok: true, data: undefined }));
    const { proxy, logs } = setUp(fake.vendor);
    const key = { 'idempotency-key': 'vendor-seam-key-1' };
    await proxy(setTags(key));
    await proxy(setTags(key));
    await proxy(setTags({ ...key, 'x-tenant': 'tenant-b' }));
    expect(fake.calls.map((call) => call.account.tenant)).toEqual(['tenant-a', 'tenant-b']);
    expect(logs.map((log) => log.replayed)).toEqual([false, true, false]);
  });

  it("passes a vendor's failure on with its code, message, status and texts", async () => {
    const texts = { ko: '가짜 공급자가 거절했습니다.', en: 'The fake vendor refused.' };
    const fake = fakeVendor(() => ({ ok: false, errorCode: 'FAKE_REFUSED', message: '거절', status: 409, texts }));
    const { proxy, logs } = setUp(fake.vendor);
    const response = await proxy(new Request(`${base}/fake/tags`));
    expect([response.status, await response.json()]).toEqual([
      409,
      { ok: false, errorCode: 'FAKE_REFUSED', message: '거절', texts },
    ]);
    expect(logs.map((log) => [log.status, log.errorCode])).toEqual([[409, 'FAKE_REFUSED']]);
  });

  it('answers 502 for a failure whose status is no error one', async () => {
    const fake = fakeVendor(() => ({ ok: false, errorCode: 'FAKE_ODD', message: 'odd', status: 200 }));
    const response = await setUp(fake.vendor).proxy(new Request(`${base}/fake/tags`));
    expect([response.status, await response.json()]).toEqual([
      502,
      { ok: false, errorCode: 'FAKE_ODD', message: 'odd' },
    ]);
  });

  it("reads the vendor's data against the schema: drift is answered, flagged and told once", async () => {
    const fake = fakeVendor(() => ({ ok: true, data: [{ id: 1, name: '계약', colorCode: 'RED', order: 'first' }] }));
    const { proxy, errors } = setUp(fake.vendor);
    const first = await proxy(new Request(`${base}/fake/tags`));
    await proxy(new Request(`${base}/fake/tags`));
    expect(first.headers.get('esign-kit-drift')).toBe('*.order');
    expect(errors.map((error) => [error.errorCode, error.operationId])).toEqual([
      ['ESIGN_KIT_UPSTREAM_DRIFT', fakeTags.id],
    ]);
    const strict = await setUp(fake.vendor, { strictResponses: true }).proxy(new Request(`${base}/fake/tags`));
    expect([strict.status, (await strict.json()).errorCode]).toEqual([502, 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE']);
  });

  it("redacts every vendor's static secrets and the account's from answers, onError and onLog", async () => {
    const leaky = `${apiKey} ${fakeStatic} ${fakeToken}`;
    const fake = fakeVendor((_, { report }) => {
      report('FAKE_NOTE', 502, `sent with ${leaky}`);
      return { ok: true, data: [{ id: 1, name: leaky, colorCode: 'RED', order: 1 }] };
    });
    const { proxy, errors, logs } = setUp(fake.vendor);
    const text = await (await proxy(new Request(`${base}/fake/tags`))).text();
    const failing = fakeVendor(() => ({ ok: false, errorCode: 'FAKE_REFUSED', message: leaky, status: 400 }));
    const failed = await (await setUp(failing.vendor).proxy(new Request(`${base}/fake/tags`))).text();
    await proxy(new Request(`${base}/fake/${fakeStatic}`));
    for (const seen of [text, failed, JSON.stringify(errors), JSON.stringify(logs)]) {
      for (const secret of [apiKey, fakeStatic, fakeToken]) expect(seen).not.toContain(secret);
    }
    expect(JSON.parse(text).data[0].name).toBe('[redacted] [redacted] [redacted]');
    expect(errors.map((error) => error.detail)).toEqual(['sent with [redacted] [redacted] [redacted]']);
    expect(logs.at(-1)?.path).toBe('fake/[redacted]');
  });

  it("answers a vendor's throw with 500 and no details, its message redacted for onError", async () => {
    const fake = fakeVendor(() => {
      throw new Error(`session ${fakeToken} broke`);
    });
    const { proxy, errors, logs } = setUp(fake.vendor);
    const response = await proxy(setTags({ 'idempotency-key': 'vendor-seam-key-2' }));
    expect([response.status, await response.json()]).toEqual([
      500,
      expect.objectContaining({ errorCode: 'ESIGN_KIT_INTERNAL' }),
    ]);
    expect(errors.map((error) => [error.errorCode, error.detail])).toEqual([
      ['ESIGN_KIT_INTERNAL', 'session [redacted] broke'],
    ]);
    expect(logs.map((log) => [log.status, log.errorCode])).toEqual([[500, 'ESIGN_KIT_INTERNAL']]);
    // Nothing was kept under the key: the same action may be tried again.
    await proxy(setTags({ 'idempotency-key': 'vendor-seam-key-2' }));
    expect(fake.calls).toHaveLength(2);
  });
});

describe('vendor routes', () => {
  const callback = (body: string, headers: Record<string, string> = {}) =>
    new Request(`${base}/fake/callback`, { method: 'POST', headers, body });

  function withRoute() {
    const seen: string[] = [];
    const route: VendorRoute = {
      method: 'POST',
      path: 'fake/callback',
      async handle(request, { report, store }) {
        const body = await request.text();
        seen.push(body);
        await store.set('fake:last', body, 60_000);
        if (body === 'bad') report('FAKE_CALLBACK_REFUSED', 401, `refused, expected ${fakeStatic}`);
        return Response.json({ received: true, echo: `${fakeStatic}` }, { status: body === 'bad' ? 401 : 200 });
      },
    };
    return { route, seen, fake: fakeVendor(undefined, [route]) };
  }

  it('serves a route under basePath without origin, authenticate or authorize, and logs it', async () => {
    const { fake, seen } = withRoute();
    const { proxy, logs } = setUp(fake.vendor, { authenticate: () => false, authorize: () => false });
    const response = await proxy(callback('{"status":"Complete"}', { origin: 'https://vendor.example' }));
    expect([response.status, await response.json()]).toEqual([200, { received: true, echo: '[redacted]' }]);
    expect(seen).toEqual(['{"status":"Complete"}']);
    expect(logs.map((log) => [log.method, log.path, log.operationId, log.status])).toEqual([
      ['POST', 'fake/callback', undefined, 200],
    ]);
    expect((await proxy(new Request(`${base}/fake/tags`))).status).toBe(403); // the browser's operations still checked
  });

  it("redacts what a route tells onError, and answers another method 405 with the route's Allow", async () => {
    const { fake } = withRoute();
    const { proxy, errors } = setUp(fake.vendor);
    expect((await proxy(callback('bad'))).status).toBe(401);
    expect(errors.map((error) => [error.errorCode, error.detail])).toEqual([
      ['FAKE_CALLBACK_REFUSED', 'refused, expected [redacted]'],
    ]);
    const wrongMethod = await proxy(new Request(`${base}/fake/callback`));
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('answers a throwing route with 500 and no details', async () => {
    const route: VendorRoute = {
      method: 'POST',
      path: 'fake/callback',
      handle: () => Promise.reject(new Error(`store rejected ${fakeStatic}`)),
    };
    const { proxy, errors } = setUp(fakeVendor(undefined, [route]).vendor);
    const response = await proxy(callback('{}'));
    expect([response.status, (await response.json()).errorCode]).toEqual([500, 'ESIGN_KIT_INTERNAL']);
    expect(errors.map((error) => error.detail)).toEqual(['store rejected [redacted]']);
  });
});

describe('vendors at start-up', () => {
  const authorize = () => true;

  it('runs without Prix when vendors are given: the default allowlist is theirs', async () => {
    const fake = fakeVendor();
    const proxy = createEsignProxy({ authorize, publicOrigins: [app], vendors: [fake.vendor] });
    expect((await proxy(new Request(`${base}/fake/tags`))).status).toBe(200);
    expect((await proxy(new Request(`${base}/contracts/tags`))).status).toBe(404);
  });

  it('refuses an allowed operation whose vendor is not configured (fail closed)', () => {
    const prixOnly = { apiKey, upstream: 'https://prix.test/kit-api/v1', authorize };
    expect(() => createEsignProxy({ ...prixOnly, operations: [listContractTags, fakeTags] })).toThrow(
      /no vendor is configured for fake\.tags\.list \(vendor "fake"\)/,
    );
    expect(() =>
      createEsignProxy({ authorize, vendors: [fakeVendor().vendor], operations: [listContractTags] }),
    ).toThrow(/no vendor is configured for tags\.list \(vendor "prix"\).*apiKey/);
  });

  it("refuses two vendors with one id, a vendor listing another's operation, and a malformed vendor", () => {
    const { vendor } = fakeVendor();
    expect(() => createEsignProxy({ authorize, vendors: [vendor, vendor] })).toThrow(/two vendors share the id "fake"/);
    expect(() =>
      createEsignProxy({
        apiKey,
        upstream: 'https://prix.test/kit-api/v1',
        authorize,
        vendors: [{ ...vendor, id: 'prix' }],
      }),
    ).toThrow(/two vendors share the id "prix"/);
    expect(() => createEsignProxy({ authorize, vendors: [{ ...vendor, operations: [listContractTags] }] })).toThrow(
      /vendor "fake" lists operations of another vendor: tags\.list/,
    );
    expect(() =>
      createEsignProxy({ authorize, vendors: [{ ...vendor, call: undefined } as unknown as Vendor] }),
    ).toThrow(/needs an `id`, `operations`/);
  });

  it("keeps Prix's own errors: no key without vendors, and key and upstream both or neither with them", () => {
    expect(() => createEsignProxy({ authorize, vendors: [] })).toThrow(/`apiKey` must be a non-empty string/);
    expect(() => createEsignProxy({ apiKey, authorize, vendors: [fakeVendor().vendor] })).toThrow(
      /`upstream` is not a URL/,
    );
    expect(() =>
      createEsignProxy({ upstream: 'https://prix.test/kit-api/v1', authorize, vendors: [fakeVendor().vendor] }),
    ).toThrow(/`apiKey` must be a non-empty string/);
  });

  it('refuses a route on an operation path, on the return page, or served twice', () => {
    const route = (path: string, method: 'GET' | 'POST' = 'GET'): VendorRoute => ({
      method,
      path,
      handle: async () => new Response(null, { status: 204 }),
    });
    const start =
      (...routes: VendorRoute[]) =>
      () =>
        createEsignProxy({ authorize, vendors: [fakeVendor(undefined, routes).vendor] });
    expect(start(route('fake/tags'))).toThrow(/is also an allowed operation's path/);
    expect(start(route('return'))).toThrow(/a path of the proxy's own/);
    expect(start(route('fake/hook', 'POST'), route('/fake/hook/', 'POST'))).toThrow(
      /two vendor routes share POST fake\/hook/,
    );
    expect(start(route('fake/hook', 'POST'), route('fake/hook', 'GET'))).not.toThrow();
  });
});

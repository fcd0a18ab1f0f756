import { createEsignClient, type EsignKitError, findContractRoute } from '@esign-kit/core';
import {
  defineOperation,
  describeErrorCode,
  findContract,
  kitErrorCatalogue,
  sendReminder,
} from '@esign-kit/core/server';
import { type AuthorizeContext, allow, createEsignProxy } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { listen, sandboxKey, startStack } from './servers.js';

const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';

const authorize = vi.fn((_: AuthorizeContext) => true);
let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
  stack = await startStack({ authorize: (context) => authorize(context) });
});
afterAll(() => stack.close());
afterEach(() => {
  stack.sandbox.sandbox.reset();
  authorize.mockReset().mockReturnValue(true);
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${stack.proxyUrl}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Requests that reached the sandbox's Prix paths. */
const upstreamCalls = () => stack.state.requests.length;

describe('proxy → sandbox over loopback', () => {
  it("answers the reference's find example with Prix's envelope", async () => {
    const response = await fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}`);
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ ok: true, data: { contract: { uuid: contractUuid, title: 'A컴퍼니 MOU' } } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('adds the key upstream: the sandbox saw an authorised request', async () => {
    await fetch(`${stack.proxyUrl}/contracts/find?customKey=a4-k1234`);
    expect(stack.state.requests).toEqual([expect.objectContaining({ method: 'GET', authorized: true })]);
  });

  it('sends a reminder exactly once and returns where it went', async () => {
    const response = await post(`signatures/${signatureUuid}/send`, { participantUuid });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      data: { participantUuid, sendType: 'EMAIL', sendAddress: 'test@prix.im' },
    });
    expect(stack.state.reminders).toEqual([
      expect.objectContaining({ signatureUuid, participantUuid, type: 'REQUEST', sendType: 'EMAIL' }),
    ]);
  });

  it('forwards Prix errors with their status and code', async () => {
    const missing = await fetch(`${stack.proxyUrl}/contracts/find?uuid=0b7c2f4e-3d7a-4b8e-9c1d-2e3f4a5b6c7d`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ ok: false, errorCode: 'NOT_FOUND_CUSTOMER' });

    const badKey = await fetch(`${stack.proxyUrl}/contracts/find?customKey=${encodeURIComponent('not a key!')}`);
    expect(badKey.status).toBe(400);
    expect(await badKey.json()).toMatchObject({ ok: false, errorCode: 'INVALID_CUSTOMER_CUSTOM_KEY' });
  });

  it("sends each error's sentences in Korean and English, so a browser client needs no catalogue", async () => {
    const missing = await fetch(`${stack.proxyUrl}/contracts/find?uuid=0b7c2f4e-3d7a-4b8e-9c1d-2e3f4a5b6c7d`);
    const vendor = await missing.json();
    const { ko, en } = describeErrorCode('NOT_FOUND_CUSTOMER') ?? {};
    // Prix's own text stays the message; the catalogue's sentences come beside it.
    expect(vendor).toEqual({
      ok: false,
      errorCode: 'NOT_FOUND_CUSTOMER',
      message: expect.any(String),
      texts: { ko, en },
    });

    const forbidden = await fetch(`${stack.proxyUrl}/business/managing`);
    expect((await forbidden.json()).texts).toEqual({
      ko: kitErrorCatalogue.ESIGN_KIT_UNKNOWN_OPERATION.ko,
      en: kitErrorCatalogue.ESIGN_KIT_UNKNOWN_OPERATION.en,
    });

    // A browser client (a route, no catalogue in its bundle) shows them in its locale.
    const client = createEsignClient({ baseUrl: stack.proxyUrl, locale: 'en' });
    const error = await client
      .request(findContractRoute, { uuid: '0b7c2f4e-3d7a-4b8e-9c1d-2e3f4a5b6c7d' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ errorCode: 'NOT_FOUND_CUSTOMER', message: en, vendorMessage: vendor.message });
    expect((error as EsignKitError).messageIn('ko')).toBe(ko);
  });

  it('answers 404 for an unknown path and 405 for a wrong method, without calling upstream', async () => {
    const unknown = await fetch(`${stack.proxyUrl}/business/managing`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UNKNOWN_OPERATION' });

    const outside = await fetch(stack.proxyUrl.replace('/api/esign', '/kit-api/v1/contracts/find'));
    expect(outside.status).toBe(404);

    const wrongMethod = await fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    // contracts/find also matches contracts/{contractUuid}, served by GET (deprecated) and PATCH (tags).
    expect(wrongMethod.headers.get('allow')).toBe('GET, PATCH');
    expect(await wrongMethod.json()).toMatchObject({ errorCode: 'ESIGN_KIT_METHOD_NOT_ALLOWED' });
    expect(upstreamCalls()).toBe(0);
  });

  it.each([
    ['an invalid uuid', () => fetch(`${stack.proxyUrl}/contracts/find?uuid=12345`), 'uuid'],
    ['both lookup keys', () => fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}&customKey=a`), ''],
    ['a duplicated parameter', () => fetch(`${stack.proxyUrl}/contracts/find?customKey=a&customKey=b`), 'customKey'],
    ['a missing participant', () => post(`signatures/${signatureUuid}/send`, {}), 'participantUuid'],
    ['an unknown field', () => post(`signatures/${signatureUuid}/send`, { participantUuid, apiKey: 'x' }), ''],
    ['a bad path uuid', () => post('signatures/not-a-uuid/send', { participantUuid }), 'signatureUuid'],
    ['malformed JSON', () => post(`signatures/${signatureUuid}/send`, '{"participantUuid":'), ''],
  ])('answers 400 with the issues for %s, and never calls upstream', async (_, send, path) => {
    const response = await send();
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_INVALID_INPUT' });
    expect(body.issues).toContainEqual(expect.objectContaining({ path }));
    expect(upstreamCalls()).toBe(0);
    expect(authorize).not.toHaveBeenCalled();
  });

  it('refuses a body that is not JSON-typed (415) or too large (413)', async () => {
    const plain = await post(`signatures/${signatureUuid}/send`, JSON.stringify({ participantUuid }), {
      'content-type': 'text/plain',
    });
    expect(plain.status).toBe(415);
    const huge = await post(`signatures/${signatureUuid}/send`, { participantUuid, pad: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(upstreamCalls()).toBe(0);
  });

  it('asks authorize with the operation and validated input, and answers 403 when it says no', async () => {
    authorize.mockReturnValue(false);
    const response = await post(`signatures/${signatureUuid}/send`, { participantUuid });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_FORBIDDEN' });
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        operation: sendReminder,
        input: { signatureUuid, participantUuid, type: 'REQUEST' },
        request: expect.any(Request),
      }),
    );
    expect(stack.state.reminders).toHaveLength(0);
    expect(upstreamCalls()).toBe(0);
  });

  it('answers 500 without details when authorize throws', async () => {
    authorize.mockImplementation(() => {
      throw new Error(`database down, key ${sandboxKey}`);
    });
    const response = await fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}`);
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({ errorCode: 'ESIGN_KIT_INTERNAL' });
    expect(text).not.toContain('database');
  });
});

describe('the key never leaves the proxy', () => {
  it('is absent from every response, including ones where upstream echoes it', async () => {
    const echo = createEsignProxy({
      apiKey: sandboxKey,
      upstream: 'http://127.0.0.1:9/kit-api/v1',
      authorize: () => true,
      fetch: async (_, init) => {
        const key = new Headers(init?.headers).get('x-api-key');
        return new Response(
          JSON.stringify({ ok: false, errorCode: 'UNAUTHORIZED_API_KEY', message: `bad key ${key}` }),
          {
            status: 401,
          },
        );
      },
    });
    const response = await echo(new Request(`http://app.test/api/esign/contracts/find?uuid=${contractUuid}`));
    const text = await response.text();
    expect(response.status).toBe(401);
    expect(text).toContain('[redacted]');
    expect(text).not.toContain(sandboxKey);
  });

  it('drops any field named apiKey, even one a user-defined operation declares', async () => {
    // A careless definition of an endpoint that returns child keys, not marked server-only.
    const leaky = defineOperation({
      id: 'test.leakyBusinesses',
      method: 'GET',
      path: 'test/leaky-businesses',
      kind: 'query',
      summary: 'test-only operation whose schema declares key fields',
      input: z.strictObject({}),
      data: z.object({
        apiKey: z.optional(z.string()),
        businesses: z.array(z.object({ uuid: z.string(), apiKey: z.optional(z.string()) })),
      }),
    });
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: 'http://127.0.0.1:9/kit-api/v1',
      authorize: () => true,
      operations: [leaky],
      fetch: async () =>
        Response.json({
          ok: true,
          data: { apiKey: 'sk_child_a', businesses: [{ uuid: 'b-1', apiKey: 'sk_child_b' }] },
        }),
    });
    const response = await proxy(new Request('http://app.test/api/esign/test/leaky-businesses'));
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body).toEqual({ ok: true, data: { businesses: [{ uuid: 'b-1' }] } });
  });

  it('is absent from responses of every kind through the real stack', async () => {
    const responses = await Promise.all([
      fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}`),
      fetch(`${stack.proxyUrl}/contracts/find?uuid=bad`),
      fetch(`${stack.proxyUrl}/nope`),
      post(`signatures/${signatureUuid}/send`, { participantUuid }),
    ]);
    for (const response of responses) {
      const text = await response.text();
      expect(text).not.toContain(sandboxKey);
      expect([...response.headers.values()].join(' ')).not.toContain(sandboxKey);
    }
  });

  it('is not accepted from the browser: a wrong key from the client changes nothing', async () => {
    const response = await fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}`, {
      headers: { 'x-api-key': 'attacker' },
    });
    expect(response.status).toBe(200);
    expect(stack.state.requests.at(-1)).toMatchObject({ authorized: true });
  });
});

describe('upstream failures', () => {
  it('answers 502 ESIGN_KIT_UPSTREAM_UNREACHABLE when nothing listens upstream', async () => {
    const closed = await listen(() => {});
    const upstream = `${closed.url}/kit-api/v1`;
    await closed.close();
    const proxy = createEsignProxy({ apiKey: sandboxKey, upstream, authorize: () => true });
    const response = await proxy(new Request(`http://app.test/api/esign/contracts/find?uuid=${contractUuid}`));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UPSTREAM_UNREACHABLE' });
  });

  it('answers 504 ESIGN_KIT_UPSTREAM_TIMEOUT when upstream does not answer in time', async () => {
    const silent = await listen(() => {});
    const onError = vi.fn();
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: `${silent.url}/kit-api/v1`,
      authorize: () => true,
      timeoutMs: 100,
      onError,
    });
    const response = await proxy(new Request(`http://app.test/api/esign/contracts/find?uuid=${contractUuid}`));
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ errorCode: 'ESIGN_KIT_UPSTREAM_TIMEOUT' });
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ errorCode: 'ESIGN_KIT_UPSTREAM_TIMEOUT', operationId: findContract.id }),
    );
    await silent.close();
  });

  it('answers 502 when upstream data does not match the schema with strictResponses, and tells onError where', async () => {
    const onError = vi.fn();
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: 'https://prix.invalid/kit-api/v1',
      authorize: () => true,
      strictResponses: true, // by default drift is answered 200 (proxyTolerance.test.ts)
      onError,
      fetch: async () => new Response(JSON.stringify({ ok: true, data: { contract: { uuid: 1 } } })),
    });
    const response = await proxy(new Request(`http://app.test/api/esign/contracts/find?uuid=${contractUuid}`));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ errorCode: 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE' });
    expect(onError.mock.calls[0]?.[0].detail).toContain('contract.uuid');
  });
});

describe('start-up checks (fail closed)', () => {
  const base = { apiKey: sandboxKey, upstream: 'https://api.prix.im/kit-api/v1', authorize: () => true };

  it('refuses to start without authorize, with an empty key, or with plain http off loopback', () => {
    expect(() => createEsignProxy({ ...base, authorize: undefined as never })).toThrow(/`authorize` is required/);
    expect(() => createEsignProxy({ ...base, apiKey: ' ' })).toThrow(/apiKey/);
    expect(() => createEsignProxy({ ...base, upstream: 'http://api.prix.im/kit-api/v1' })).toThrow(/https/);
    expect(() => createEsignProxy({ ...base, upstream: 'not a url' })).toThrow(/not a URL/);
    expect(() => createEsignProxy({ ...base, upstream: 'http://127.0.0.1:4010/kit-api/v1' })).not.toThrow();
  });
});

it('works the same when served by toNodeListener under a custom basePath', async () => {
  const proxy = createEsignProxy({
    ...{ apiKey: sandboxKey, upstream: stack.sandbox.upstream },
    authorize: () => true,
    basePath: '/esign/',
  });
  const server = await listen(toNodeListener(proxy));
  const response = await fetch(`${server.url}/esign/contracts/find?customKey=a4-k1234`);
  expect(response.status).toBe(200);
  await server.close();
});

describe('per-operation checks', () => {
  it('runs the operation check after the global authorize, with typed input; both must allow', async () => {
    const seen: string[] = [];
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: stack.sandbox.upstream,
      authorize: () => true,
      operations: [
        findContract,
        allow(sendReminder, ({ input }) => {
          seen.push(input.participantUuid);
          return input.type === 'DONE';
        }),
      ],
    });
    const send = (type: string) =>
      proxy(
        new Request(`http://app.test/api/esign/signatures/${signatureUuid}/send`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ participantUuid, type }),
        }),
      );
    expect((await send('REQUEST')).status).toBe(403);
    expect((await send('DONE')).status).toBe(200);
    expect(seen).toEqual([participantUuid, participantUuid]);
    expect(stack.state.reminders).toHaveLength(1);

    const find = await proxy(new Request(`http://app.test/api/esign/contracts/find?uuid=${contractUuid}`));
    expect(find.status).toBe(200);
  });

  it('narrows the allowlist: an operation left out answers 404', async () => {
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: stack.sandbox.upstream,
      authorize: () => true,
      operations: [findContract],
    });
    const response = await proxy(
      new Request(`http://app.test/api/esign/signatures/${signatureUuid}/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ participantUuid }),
      }),
    );
    expect(response.status).toBe(404);
  });

  it('picks the key per request when apiKey is a function', async () => {
    const keys: string[] = [];
    const proxy = createEsignProxy({
      apiKey: (request) => {
        const tenant = request.headers.get('x-tenant') ?? '';
        keys.push(tenant);
        return tenant === 'acme' ? sandboxKey : 'sk_other_tenant';
      },
      upstream: stack.sandbox.upstream,
      authorize: () => true,
    });
    const find = (tenant: string) =>
      proxy(
        new Request(`http://app.test/api/esign/contracts/find?uuid=${contractUuid}`, {
          headers: { 'x-tenant': tenant },
        }),
      );
    expect((await find('acme')).status).toBe(200);
    const other = await find('globex');
    expect(other.status).toBe(401);
    expect(await other.text()).not.toContain('sk_other_tenant');
    expect(keys).toEqual(['acme', 'globex']);
  });
});

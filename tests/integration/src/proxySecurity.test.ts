import { request as httpRequest } from 'node:http';
import { createEsignClient, EsignKitError } from '@esign-kit/core';
import { browserSafeOperations, listCustomers, sendReminder } from '@esign-kit/core/server';
import { allowReminderAddressOverride, createEsignProxy, type EsignProxyLogEvent } from '@esign-kit/proxy';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sandboxKey, startStack } from './servers.js';

// The security suite of the proxy (issue 5), over loopback HTTP to the real sandbox.
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';
const sendPath = `signatures/${signatureUuid}/send`;

const logs: EsignProxyLogEvent[] = [];
const errors: unknown[] = [];
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack({
    onLog: (event) => logs.push(event),
    onError: (event) => errors.push(event),
    // Generous, so only the rate-limit tests (with their own proxies) hit it.
    rateLimits: { 'signatures.send': { limit: 50, windowMs: 60_000 } },
    // The log test sends an address, to prove it never reaches a log line.
    operations: [
      ...browserSafeOperations().filter((operation) => operation.id !== sendReminder.id),
      allowReminderAddressOverride(),
    ],
  });
});
afterAll(() => stack.close());
afterEach(() => {
  stack.sandbox.sandbox.reset();
  logs.length = 0;
  errors.length = 0;
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${stack.proxyUrl}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
/** A request whose path goes out exactly as written (fetch would normalise the dot segments). */
function rawRequest(base: string, method: string, path: string): Promise<{ status: number }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, method, path }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
    });
    request.on('error', reject);
    request.end();
  });
}
const upstreamCalls = () => stack.state.requests.length;
const remindersSent = () => stack.state.reminders.length;

describe('cross-site requests', () => {
  it('refuses a POST whose Origin is another site, before reading or forwarding anything', async () => {
    const response = await post(sendPath, { participantUuid }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_CROSS_SITE' });
    expect(upstreamCalls()).toBe(0);
  });

  it('refuses a POST that the browser marks cross-site, and an opaque ("null") origin', async () => {
    const crossSite = await post(sendPath, { participantUuid }, { 'sec-fetch-site': 'cross-site' });
    const sameSite = await post(sendPath, { participantUuid }, { 'sec-fetch-site': 'same-site' });
    const opaque = await post(sendPath, { participantUuid }, { origin: 'null' });
    expect([crossSite.status, sameSite.status, opaque.status]).toEqual([403, 403, 403]);
    expect(remindersSent()).toBe(0);
  });

  it('accepts the same origin, a configured origin, and non-browser callers', async () => {
    const own = new URL(stack.proxyUrl).origin;
    expect((await post(sendPath, { participantUuid }, { origin: own, 'sec-fetch-site': 'same-origin' })).status).toBe(
      200,
    );
    expect((await post(sendPath, { participantUuid })).status).toBe(200); // curl, a server: no Origin

    const behindGateway = createEsignProxy({
      apiKey: sandboxKey,
      upstream: stack.sandbox.upstream,
      authorize: () => true,
      allowedOrigins: ['https://admin.example.com'],
    });
    const request = (origin: string) =>
      behindGateway(
        new Request(`http://10.0.0.5:3000/api/esign/${sendPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ participantUuid }),
        }),
      );
    expect((await request('https://admin.example.com')).status).toBe(200);
    expect((await request('http://10.0.0.5:3000')).status).toBe(403); // only what was configured
    expect(remindersSent()).toBe(3);
  });

  it('leaves GET queries alone (reading is guarded by CORS and authorize)', async () => {
    const response = await fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('what the proxy refuses to forward', () => {
  it('refuses unknown fields instead of passing them on', async () => {
    const response = await post(sendPath, { participantUuid, bcc: 'everyone@example.com' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errorCode: 'ESIGN_KIT_INVALID_INPUT' });
    expect(upstreamCalls()).toBe(0);
  });

  it.each([
    ['an encoded slash', `signatures/${signatureUuid}%2Fsend`],
    ['an encoded dot-dot', `signatures/%2E%2E/${signatureUuid}/send`],
    ['a doubled slash', `signatures//${signatureUuid}/send`],
  ])('refuses a path with %s', async (_, path) => {
    const response = await post(path, { participantUuid });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(upstreamCalls()).toBe(0);
  });

  it.each([
    '/api/esign/contracts/../business/managing',
    '/api/esign/../kit-api/v1/business/managing',
    '/api/esign/signatures/../../business/managing',
    `/api/esign/signatures/${signatureUuid}/../../../business/managing`,
  ])('sent raw, %s cannot climb to a server-only or foreign path', async (rawPath) => {
    const { status } = await rawRequest(stack.proxyUrl, 'GET', rawPath);
    expect(status).toBe(404);
    expect(upstreamCalls()).toBe(0);
  });

  it('refuses a duplicated query parameter (which of the two would Prix read?)', async () => {
    const response = await fetch(`${stack.proxyUrl}/contracts/find?uuid=${contractUuid}&uuid=${contractUuid}`);
    expect(response.status).toBe(400);
    expect(upstreamCalls()).toBe(0);
  });

  it('refuses a body over the limit with 413, even when content-length lies', async () => {
    const small = createEsignProxy({
      apiKey: sandboxKey,
      upstream: stack.sandbox.upstream,
      authorize: () => true,
      maxBodyBytes: 64,
    });
    const body = JSON.stringify({
      participantUuid,
      sendInput: { sendType: 'EMAIL', sendAddress: `${'a'.repeat(80)}@x.io` },
    });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    const response = await small(
      new Request(`http://app.test/api/esign/${sendPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '10' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(upstreamCalls()).toBe(0);
  });
});

describe('idempotency keys', () => {
  // The shared proxy's store outlives each test: every test takes keys of its own.
  let key = '';
  beforeEach(() => {
    key = `action-${crypto.randomUUID()}`;
  });

  it('sends once for a replayed key, and answers the replay with the first answer', async () => {
    const first = await post(sendPath, { participantUuid }, { 'idempotency-key': key });
    const again = await post(sendPath, { participantUuid }, { 'idempotency-key': key });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(remindersSent()).toBe(1);
    expect(logs.map((event) => event.replayed)).toEqual([false, true]);
  });

  it('sends once when the same key arrives twice at the same moment', async () => {
    const answers = await Promise.all([
      post(sendPath, { participantUuid }, { 'idempotency-key': key }),
      post(sendPath, { participantUuid }, { 'idempotency-key': key }),
      post(sendPath, { participantUuid }, { 'idempotency-key': key }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(remindersSent()).toBe(1);
  });

  it('refuses a key reused for a different input with 422, sending nothing more', async () => {
    await post(sendPath, { participantUuid }, { 'idempotency-key': key });
    const other = await post(sendPath, { participantUuid, type: 'DONE' }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ errorCode: 'ESIGN_KIT_IDEMPOTENCY_MISMATCH' });
    expect(remindersSent()).toBe(1);
  });

  it('refuses a malformed key', async () => {
    const response = await post(sendPath, { participantUuid }, { 'idempotency-key': 'short' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issues: [{ path: 'idempotency-key' }] });
    expect(remindersSent()).toBe(0);
  });

  it('keeps keys of different businesses apart', async () => {
    const keysSeen: string[] = [];
    const perTenant = createEsignProxy({
      apiKey: (request) => (request.headers.get('x-tenant') === 'b' ? 'sk_business_b_000000' : 'sk_business_a_000000'),
      upstream: 'http://127.0.0.1:9/kit-api/v1',
      authorize: () => true,
      fetch: async (_, init) => {
        keysSeen.push(new Headers(init?.headers).get('x-api-key') ?? '');
        return Response.json({ ok: true, data: { sendType: 'EMAIL', sendAddress: 'a@b.co' } });
      },
    });
    const send = (tenant: string) =>
      perTenant(
        new Request(`http://app.test/api/esign/${sendPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-tenant': tenant },
          body: JSON.stringify({ participantUuid }),
        }),
      );
    await send('a');
    await send('b');
    await send('a');
    expect(keysSeen).toEqual(['sk_business_a_000000', 'sk_business_b_000000']);
  });

  it('is sent by the client once per action, and a double click joins the first', async () => {
    const client = createEsignClient({ baseUrl: stack.proxyUrl });
    const { sendReminder } = await import('@esign-kit/core/server');
    await Promise.all([
      client.request(sendReminder, { signatureUuid, participantUuid }),
      client.request(sendReminder, { signatureUuid, participantUuid }),
    ]);
    await client.request(sendReminder, { signatureUuid, participantUuid });
    expect(remindersSent()).toBe(2);
    expect(logs.filter((event) => event.operationId === 'signatures.send').map((event) => event.replayed)).toEqual([
      false,
      false,
    ]);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the limit per participant, and nothing reaches Prix', async () => {
    const limited = await startStack({
      rateLimits: {
        'signatures.send': {
          limit: 2,
          windowMs: 60_000,
          key: (input) => (input as { participantUuid: string }).participantUuid,
        },
      },
    });
    try {
      const send = () =>
        fetch(`${limited.proxyUrl}/${sendPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ participantUuid }),
        });
      const statuses = [];
      for (let index = 0; index < 4; index++) statuses.push((await send()).status);
      expect(statuses).toEqual([200, 200, 429, 429]);
      const refused = await send();
      expect(await refused.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_RATE_LIMITED' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(limited.state.reminders).toHaveLength(2);

      // The client turns the header into a number the UI can show ("try again in N seconds").
      const client = createEsignClient({ baseUrl: limited.proxyUrl, locale: 'en' });
      const error = await client.request(sendReminder, { signatureUuid, participantUuid }).then(
        () => undefined,
        (cause: unknown) => cause,
      );
      expect(error).toBeInstanceOf(EsignKitError);
      expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_RATE_LIMITED', status: 429 });
      const { retryAfterSeconds } = error as EsignKitError;
      expect(retryAfterSeconds).toBeGreaterThan(0);
      expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    } finally {
      await limited.close();
    }
  });

  it('applies the default of 5 reminders per participant per hour, and can be turned off', async () => {
    const byDefault = await startStack();
    const unlimited = await startStack({ rateLimits: { 'signatures.send': false } });
    try {
      const send = (url: string) =>
        fetch(`${url}/${sendPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ participantUuid }),
        }).then((response) => response.status);
      const limitedStatuses = [];
      const freeStatuses = [];
      for (let index = 0; index < 6; index++) {
        limitedStatuses.push(await send(byDefault.proxyUrl));
        freeStatuses.push(await send(unlimited.proxyUrl));
      }
      expect(limitedStatuses).toEqual([200, 200, 200, 200, 200, 429]);
      expect(freeStatuses.every((status) => status === 200)).toBe(true);
    } finally {
      await byDefault.close();
      await unlimited.close();
    }
  });

  it('does not burn an idempotency key on a refused attempt', async () => {
    const limited = await startStack({ rateLimits: { 'signatures.send': { limit: 1, windowMs: 200 } } });
    try {
      const send = (key: string) =>
        fetch(`${limited.proxyUrl}/${sendPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ participantUuid }),
        }).then((response) => response.status);
      expect(await send('action-a-000001')).toBe(200);
      expect(await send('action-b-000002')).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 250)); // the window passes
      expect(await send('action-b-000002')).toBe(200); // the same action, now allowed
      expect(limited.state.reminders).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});

describe('retries', () => {
  it('retries a query after a 5xx from Prix and answers the second attempt', async () => {
    stack.sandbox.sandbox.control.failNext('credits.status', 'FAILED_GET_CREDIT', 1);
    const response = await fetch(`${stack.proxyUrl}/credit-usages/status`);
    expect(response.status).toBe(200);
    expect(upstreamCalls()).toBe(2);
  });

  it('gives up after the configured retries with the vendor error', async () => {
    stack.sandbox.sandbox.control.failNext('credits.status', 'FAILED_GET_CREDIT', 5);
    const response = await fetch(`${stack.proxyUrl}/credit-usages/status`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ errorCode: 'FAILED_GET_CREDIT' });
    expect(upstreamCalls()).toBe(3); // 1 + queryRetries (2)
  });

  it('never retries a mutation', async () => {
    stack.sandbox.sandbox.control.failNext('signatures.cancel', 'SIGNATURE_CANCEL_FAILED', 1);
    const response = await post(`signatures/${signatureUuid}/cancel`, {});
    expect(response.status).toBe(500);
    expect(upstreamCalls()).toBe(1);
  });

  it('keeps every attempt within timeoutMs and answers 504 in time', async () => {
    let calls = 0;
    const slow = createEsignProxy({
      apiKey: sandboxKey,
      upstream: 'http://127.0.0.1:9/kit-api/v1',
      authorize: () => true,
      timeoutMs: 300,
      fetch: (_, init) =>
        new Promise<Response>((_resolve, reject) => {
          calls++;
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    });
    const started = Date.now();
    const response = await slow(new Request('http://app.test/api/esign/credit-usages/status'));
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(calls).toBe(1);
  });
});

describe('logs', () => {
  it('reports every request to onLog without the key, e-mail addresses or phone numbers', async () => {
    await post(sendPath, { participantUuid, sendInput: { sendType: 'EMAIL', sendAddress: 'kim@example.co.kr' } });
    await fetch(`${stack.proxyUrl}/customers?limit=500`);
    await fetch(`${stack.proxyUrl}/nope/010-1234-5678`);
    expect(logs.map((event) => [event.method, event.operationId, event.status, event.errorCode])).toEqual([
      ['POST', 'signatures.send', 200, undefined],
      ['GET', listCustomers.id, 400, 'ESIGN_KIT_INVALID_INPUT'],
      ['GET', undefined, 404, 'ESIGN_KIT_UNKNOWN_OPERATION'],
    ]);
    const text = JSON.stringify(logs);
    expect(text).not.toContain(sandboxKey);
    expect(text).not.toContain('kim@example.co.kr');
    expect(text).not.toContain('010-1234-5678');
    expect(text).toContain('[phone]');
    expect(logs.every((event) => event.durationMs >= 0)).toBe(true);
  });

  it('redacts what onError is told', async () => {
    const onError = vi.fn();
    const leaky = createEsignProxy({
      apiKey: sandboxKey,
      upstream: 'http://127.0.0.1:9/kit-api/v1',
      authorize: () => {
        throw new Error(`no session for kim@example.co.kr (${sandboxKey}), call 01012345678`);
      },
      onError,
    });
    const response = await leaky(new Request(`http://app.test/api/esign/contracts/find?uuid=${contractUuid}`));
    expect(response.status).toBe(500);
    const detail = String(onError.mock.calls[0]?.[0]?.detail);
    expect(detail).toBe('no session for [email] ([redacted]), call [phone]');
  });

  it('survives a throwing logger', async () => {
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: stack.sandbox.upstream,
      authorize: () => true,
      onLog: () => {
        throw new Error('logger down');
      },
    });
    const response = await proxy(new Request(`http://app.test/api/esign/contracts/find?uuid=${contractUuid}`));
    expect(response.status).toBe(200);
  });
});

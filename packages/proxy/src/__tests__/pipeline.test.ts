import { contractFormUrl, listContractTags, sendReminder } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { createEsignProxy } from '../createEsignProxy.js';
import type { EsignProxyLogEvent, EsignProxyOptions } from '../options.js';

// The proxy run in process, as the `Request → Response` function it is: Prix is an injected
// `fetch` that records what it is asked, so every step of the pipeline is seen without a socket.
// The loopback suites in tests/integration run the same handler over HTTP against the sandbox.

const apiKey = 'sk_pipeline_0123456789abcdef';
const app = 'https://admin.example.test';
const base = `${app}/api/esign`;
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';
const tags = [{ id: 1, name: '계약', colorCode: 'RED', order: 1 }];

/** A Prix that answers every call with `answer` and keeps the requests it was sent. */
function fakePrix(answer: () => Response = () => Response.json({ ok: true, data: tags })) {
  const calls: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(new Request(input, init));
    return answer();
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

function setUp(options: Partial<EsignProxyOptions> = {}, prix = fakePrix()) {
  const logs: EsignProxyLogEvent[] = [];
  const proxy = createEsignProxy({
    apiKey,
    upstream: 'https://prix.test/kit-api/v1',
    publicOrigins: [app],
    authorize: () => true,
    fetch: prix.fetch,
    onLog: (event) => logs.push(event),
    ...options,
  });
  return { proxy, calls: prix.calls, logs };
}

const reminder = (body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${base}/signatures/${signatureUuid}/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Status, envelope and log line of one answer, to match in one assertion. */
async function seen(response: Response, logs: readonly EsignProxyLogEvent[]) {
  const body = (await response.json()) as { errorCode?: string; issues?: { path: string }[] };
  const log = logs.at(-1);
  return {
    status: response.status,
    errorCode: body.errorCode,
    issuePaths: body.issues?.map((issue) => issue.path),
    logged: [log?.operationId, log?.status, log?.errorCode],
  };
}

describe('the proxy pipeline, in process', () => {
  it('routes, checks and calls Prix once with the key, answering its data with no key in sight', async () => {
    const { proxy, calls, logs } = setUp();
    const response = await proxy(new Request(`${base}/contracts/tags`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, data: tags });
    expect(calls.map((call) => [call.method, call.url, call.headers.get('x-api-key')])).toEqual([
      ['GET', 'https://prix.test/kit-api/v1/contracts/tags', apiKey],
    ]);
    expect(logs).toEqual([
      expect.objectContaining({ method: 'GET', path: 'contracts/tags', operationId: listContractTags.id }),
    ]);
    expect(logs[0]).toMatchObject({ status: 200, errorCode: undefined, replayed: false });
  });

  describe('route', () => {
    it('answers 404 for a path outside basePath or no operation, 405 with Allow for another method', async () => {
      const { proxy, calls, logs } = setUp();
      expect(await seen(await proxy(new Request(`${app}/elsewhere`)), logs)).toMatchObject({
        status: 404,
        errorCode: 'ESIGN_KIT_UNKNOWN_OPERATION',
        logged: [undefined, 404, 'ESIGN_KIT_UNKNOWN_OPERATION'],
      });
      expect(await seen(await proxy(new Request(`${base}/nope`)), logs)).toMatchObject({ status: 404 });
      const wrongMethod = await proxy(new Request(`${base}/contracts/tags`, { method: 'DELETE' }));
      expect(wrongMethod.headers.get('allow')).toBe('GET, PATCH'); // `contracts/{contractUuid}` takes PATCH
      expect(await seen(wrongMethod, logs)).toMatchObject({
        status: 405,
        errorCode: 'ESIGN_KIT_METHOD_NOT_ALLOWED',
        logged: [undefined, 405, 'ESIGN_KIT_METHOD_NOT_ALLOWED'],
      });
      expect(calls).toHaveLength(0);
    });

    it('serves the return page without an operation, and logs it without an error code', async () => {
      const { proxy, logs } = setUp();
      const response = await proxy(new Request(`${base}/return`));
      expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      expect(logs.map((log) => [log.path, log.operationId, log.errorCode])).toEqual([['return', undefined, undefined]]);
    });
  });

  describe('admit', () => {
    it('refuses a caller authenticate turns away (403) before the body is read', async () => {
      const { proxy, calls, logs } = setUp({ authenticate: () => false });
      const request = reminder('{ not json');
      expect(await seen(await proxy(request), logs)).toMatchObject({
        status: 403,
        errorCode: 'ESIGN_KIT_FORBIDDEN',
        logged: [sendReminder.id, 403, 'ESIGN_KIT_FORBIDDEN'],
      });
      expect([request.bodyUsed, calls.length]).toEqual([false, 0]);
    });

    it('refuses a write from another site (403), its origin shown without the static key', async () => {
      const { proxy, calls, logs } = setUp();
      const response = await proxy(reminder({ participantUuid }, { origin: `https://${apiKey}.evil.test` }));
      const text = await response.clone().text();
      expect(text).not.toContain(apiKey);
      expect(text).toContain('[redacted]');
      expect(await seen(response, logs)).toMatchObject({
        status: 403,
        errorCode: 'ESIGN_KIT_CROSS_SITE',
        issuePaths: ['Origin'],
        logged: [sendReminder.id, 403, 'ESIGN_KIT_CROSS_SITE'],
      });
      expect(calls).toHaveLength(0);
    });
  });

  describe('body', () => {
    it('refuses a body that is not JSON (415), too large (413) or unparseable (400)', async () => {
      const { proxy, calls, logs } = setUp({ maxBodyBytes: 64 });
      const asText = reminder({ participantUuid }, { 'content-type': 'text/plain' });
      expect(await seen(await proxy(asText), logs)).toMatchObject({
        status: 415,
        errorCode: 'ESIGN_KIT_INVALID_INPUT',
      });
      const large = reminder({ participantUuid, padding: 'x'.repeat(100) });
      expect(await seen(await proxy(large), logs)).toMatchObject({ status: 413, errorCode: 'ESIGN_KIT_INVALID_INPUT' });
      expect(await seen(await proxy(reminder('{ "participantUuid": ')), logs)).toMatchObject({
        status: 400,
        errorCode: 'ESIGN_KIT_INVALID_INPUT',
        logged: [sendReminder.id, 400, 'ESIGN_KIT_INVALID_INPUT'],
      });
      expect(calls).toHaveLength(0);
    });
  });

  describe('decode and validate', () => {
    it('answers 400 with the issues of an input the schema refuses, and sends nothing', async () => {
      const { proxy, calls, logs } = setUp();
      expect(await seen(await proxy(reminder({ participantUuid: 'not-a-uuid' })), logs)).toMatchObject({
        status: 400,
        errorCode: 'ESIGN_KIT_INVALID_INPUT',
        issuePaths: ['participantUuid'],
      });
      expect(calls).toHaveLength(0);
    });

    it('refuses a reminder sent to another address (403) unless a rule allows it', async () => {
      const { proxy, calls, logs } = setUp();
      const sendInput = { sendType: 'EMAIL', sendAddress: 'kim@example.co.kr' };
      expect(await seen(await proxy(reminder({ participantUuid, sendInput })), logs)).toMatchObject({
        status: 403,
        errorCode: 'ESIGN_KIT_REMINDER_ADDRESS_NOT_ALLOWED',
        issuePaths: ['sendInput'],
      });
      expect(calls).toHaveLength(0);
    });
  });

  describe('redirect policy', () => {
    it('refuses a successUrl off publicOrigins (400), and sends one on them', async () => {
      const { proxy, calls, logs } = setUp(
        {},
        fakePrix(() => Response.json({ ok: true, data: { url: 'https://prix.test/p' } })),
      );
      const page = (successUrl: string) =>
        new Request(`${base}/contracts/form-url`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: app },
          body: JSON.stringify({ input: { option: { successUrl } } }),
        });
      expect(await seen(await proxy(page('https://evil.test/done')), logs)).toMatchObject({
        status: 400,
        errorCode: 'ESIGN_KIT_INVALID_INPUT',
        issuePaths: ['input.option.successUrl'],
        logged: [contractFormUrl.id, 400, 'ESIGN_KIT_INVALID_INPUT'],
      });
      expect(calls).toHaveLength(0);
      expect((await proxy(page(`${app}/done`))).status).toBe(200);
      expect(calls).toHaveLength(1);
    });
  });

  describe('authorize', () => {
    it('refuses what authorize turns down (403) after validation, with the input it was told', async () => {
      const told: unknown[] = [];
      const { proxy, calls, logs } = setUp({
        authorize: ({ input }) => {
          told.push(input);
          return false;
        },
      });
      expect(await seen(await proxy(reminder({ participantUuid })), logs)).toMatchObject({
        status: 403,
        errorCode: 'ESIGN_KIT_FORBIDDEN',
        logged: [sendReminder.id, 403, 'ESIGN_KIT_FORBIDDEN'],
      });
      expect(told).toEqual([{ signatureUuid, participantUuid, type: 'REQUEST' }]);
      expect(calls).toHaveLength(0);
    });

    it('answers 500 without details when authorize throws, and logs the code', async () => {
      const { proxy, calls, logs } = setUp({
        authorize: () => {
          throw new Error(`session store down (${apiKey})`);
        },
      });
      const response = await proxy(new Request(`${base}/contracts/tags`));
      expect(await response.clone().text()).not.toContain('session store');
      expect(await seen(response, logs)).toMatchObject({
        status: 500,
        errorCode: 'ESIGN_KIT_INTERNAL',
        logged: [undefined, 500, 'ESIGN_KIT_INTERNAL'],
      });
      expect(calls).toHaveLength(0);
    });
  });

  describe('idempotency and limits', () => {
    const sent = () => Response.json({ ok: true, data: { participantUuid, sendType: 'EMAIL', sendAddress: 'a@b.kr' } });

    it('replays the answer to a repeated Idempotency-Key without calling Prix again', async () => {
      const { proxy, calls, logs } = setUp({}, fakePrix(sent));
      const key = { 'idempotency-key': 'pipeline-key-1' };
      const first = await proxy(reminder({ participantUuid }, key));
      const again = await proxy(reminder({ participantUuid }, key));
      expect([first.status, again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 200, 'true']);
      expect(await again.json()).toEqual(await first.json());
      expect(calls).toHaveLength(1);
      expect(logs.map((log) => log.replayed)).toEqual([false, true]);
    });

    it("logs a replayed error answer with the first answer's code", async () => {
      const failure = () =>
        Response.json({ ok: false, errorCode: 'NOT_FOUND_SIGNATURE', message: '없음' }, { status: 404 });
      const { proxy, calls, logs } = setUp({}, fakePrix(failure));
      const key = { 'idempotency-key': 'pipeline-key-4' };
      await proxy(reminder({ participantUuid }, key));
      expect(await seen(await proxy(reminder({ participantUuid }, key)), logs)).toMatchObject({
        status: 404,
        errorCode: 'NOT_FOUND_SIGNATURE',
        logged: [sendReminder.id, 404, 'NOT_FOUND_SIGNATURE'],
      });
      expect([calls.length, logs.at(-1)?.replayed]).toEqual([1, true]);
    });

    it('refuses a malformed key (400) and a key reused with another input (422)', async () => {
      const { proxy, calls, logs } = setUp({}, fakePrix(sent));
      expect(
        await seen(await proxy(reminder({ participantUuid }, { 'idempotency-key': 'short' })), logs),
      ).toMatchObject({
        status: 400,
        issuePaths: ['idempotency-key'],
      });
      const key = { 'idempotency-key': 'pipeline-key-2' };
      await proxy(reminder({ participantUuid }, key));
      expect(await seen(await proxy(reminder({ participantUuid, type: 'DONE' }, key)), logs)).toMatchObject({
        status: 422,
        errorCode: 'ESIGN_KIT_IDEMPOTENCY_MISMATCH',
        logged: [sendReminder.id, 422, 'ESIGN_KIT_IDEMPOTENCY_MISMATCH'],
      });
      expect(calls).toHaveLength(1);
    });

    it('refuses a call over its rate limit (429, Retry-After) and frees its key for a later try', async () => {
      const { proxy, calls, logs } = setUp(
        { rateLimits: { [sendReminder.id]: { limit: 1, windowMs: 60_000 } } },
        fakePrix(sent),
      );
      expect((await proxy(reminder({ participantUuid }))).status).toBe(200);
      const key = { 'idempotency-key': 'pipeline-key-3' };
      const limited = await proxy(reminder({ participantUuid }, key));
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await seen(limited, logs)).toMatchObject({
        status: 429,
        errorCode: 'ESIGN_KIT_RATE_LIMITED',
        logged: [sendReminder.id, 429, 'ESIGN_KIT_RATE_LIMITED'],
      });
      // Released: the same key is tried again (and limited again), not replayed nor "in progress".
      expect((await proxy(reminder({ participantUuid }, key))).status).toBe(429);
      expect(calls).toHaveLength(1);
    });
  });

  describe('upstream', () => {
    it("passes Prix's error on with its status, and logs its code", async () => {
      const failure = () =>
        Response.json({ ok: false, errorCode: 'NOT_FOUND_SIGNATURE', message: '없음' }, { status: 404 });
      const { proxy, calls, logs } = setUp({}, fakePrix(failure));
      expect(await seen(await proxy(reminder({ participantUuid })), logs)).toMatchObject({
        status: 404,
        errorCode: 'NOT_FOUND_SIGNATURE',
        logged: [sendReminder.id, 404, 'NOT_FOUND_SIGNATURE'],
      });
      expect(calls.map((call) => [call.method, new URL(call.url).pathname])).toEqual([
        ['POST', `/kit-api/v1/signatures/${signatureUuid}/send`],
      ]);
    });

    it('answers 502 for an answer that is not a Prix envelope, redacting a key Prix echoed', async () => {
      const { proxy, logs } = setUp(
        {},
        fakePrix(() => new Response(`<html>${apiKey}</html>`)),
      );
      const response = await proxy(new Request(`${base}/contracts/tags`));
      expect(await response.clone().text()).not.toContain(apiKey);
      expect(await seen(response, logs)).toMatchObject({
        status: 502,
        errorCode: 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE',
        logged: [listContractTags.id, 502, 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE'],
      });
    });
  });
});

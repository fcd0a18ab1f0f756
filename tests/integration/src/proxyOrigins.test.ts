import { createEsignProxy, type EsignProxyErrorEvent, type EsignProxyOptions } from '@esign-kit/proxy';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeRawAgent, type RawResponse, sendRaw } from './rawHttp.js';
import { sandboxKey, startStack } from './servers.js';

// Issue 12, "Origins come from configuration, never from the request": the origins the proxy
// trusts (cross-site check, where signers are sent back to) must not follow the `Host` header or
// an absolute-form request target. Raw requests over loopback HTTP to the real proxy and sandbox.
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';
const sendPath = `/api/esign/signatures/${signatureUuid}/send`;
const formUrlPath = (successUrl: string) =>
  `/api/esign/signature-templates/form-url?successUrl=${encodeURIComponent(successUrl)}`;
const appOrigin = 'https://app.example.test';

type Stack = Awaited<ReturnType<typeof startStack>>;
interface Started {
  readonly stack: Stack;
  readonly errors: EsignProxyErrorEvent[];
  /** The proxy's listening origin, `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly port: string;
}
const running: Stack[] = [];
async function start(overrides: Partial<EsignProxyOptions> = {}): Promise<Started> {
  const errors: EsignProxyErrorEvent[] = [];
  const stack = await startStack({ onError: (event) => errors.push(event), ...overrides });
  running.push(stack);
  const { origin, port } = new URL(stack.proxyUrl);
  return { stack, errors, origin, port };
}
afterAll(async () => {
  await Promise.all(running.map((stack) => stack.close()));
  closeRawAgent();
});

const upstreamCalls = (started: Started) => started.stack.state.requests.length;
const reminders = (started: Started) => started.stack.state.reminders.length;
const json = (response: RawResponse) => JSON.parse(response.body) as Record<string, unknown>;
const postSend = (started: Started, headers: Record<string, string>, path = sendPath) =>
  sendRaw(started.origin, {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ participantUuid }),
  });
const getRaw = (started: Started, path: string, headers: Record<string, string>) =>
  sendRaw(started.origin, { method: 'GET', path, headers });

describe('no origin configured: only a loopback request URL may stand in for it', () => {
  let local: Started;
  beforeAll(async () => {
    local = await start();
  });
  afterEach(() => {
    local.stack.sandbox.sandbox.reset();
    local.errors.length = 0;
  });

  it('mints no page whose return goes to the Host an attacker sent', async () => {
    const response = await getRaw(local, formUrlPath('http://evil.example/phish'), { host: 'evil.example' });
    expect(response.status).toBe(500);
    expect(json(response)).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_ORIGIN_NOT_CONFIGURED' });
    expect(response.body).toContain('publicOrigins');
    expect(response.body).not.toContain('/pages/');
    expect(upstreamCalls(local)).toBe(0);
  });

  it('refuses a write whose Host and Origin an attacker chose (DNS rebinding), and says why to onError', async () => {
    const response = await postSend(local, { host: 'evil.example', origin: 'http://evil.example' });
    expect(response.status).toBe(500);
    expect(json(response)).toMatchObject({ errorCode: 'ESIGN_KIT_ORIGIN_NOT_CONFIGURED' });
    expect(reminders(local)).toBe(0);
    expect(local.errors).toEqual([
      expect.objectContaining({
        errorCode: 'ESIGN_KIT_ORIGIN_NOT_CONFIGURED',
        status: 500,
        operationId: 'signatures.send',
        detail: expect.stringMatching(/publicOrigins.*http:\/\/evil\.example|http:\/\/evil\.example.*publicOrigins/s),
      }),
    ]);
  });

  it('refuses the same through an absolute-form request target', async () => {
    const host = { host: `127.0.0.1:${local.port}` };
    const write = await postSend(local, { ...host, origin: 'http://evil.example' }, `http://evil.example${sendPath}`);
    const page = await getRaw(local, `http://evil.example${formUrlPath('http://evil.example/phish')}`, host);
    expect([write.status, page.status]).toEqual([500, 500]);
    expect([json(write).errorCode, json(page).errorCode]).toEqual([
      'ESIGN_KIT_ORIGIN_NOT_CONFIGURED',
      'ESIGN_KIT_ORIGIN_NOT_CONFIGURED',
    ]);
    expect(upstreamCalls(local)).toBe(0);
  });

  it('still works on loopback, as in local development', async () => {
    const own = { host: `127.0.0.1:${local.port}` };
    expect((await postSend(local, { ...own, origin: local.origin })).status).toBe(200);
    const page = await getRaw(local, formUrlPath(`${local.origin}/done`), own);
    expect(page.status).toBe(200);
    expect(reminders(local)).toBe(1);

    const other = await postSend(local, { ...own, origin: 'http://localhost:5173' }); // another local app
    expect(other.status).toBe(403);
    expect(json(other).issues).toEqual([{ path: 'Origin', message: expect.stringContaining('http://localhost:5173') }]);
    expect(JSON.stringify(json(other).issues)).toContain('publicOrigins');
  });
});

describe('publicOrigins: the origins browsers load the app from', () => {
  let app: Started;
  beforeAll(async () => {
    app = await start({ publicOrigins: [appOrigin] });
  });
  afterEach(() => app.stack.sandbox.sandbox.reset());

  it('accepts the public origin where request.url is http://localhost:PORT (Next.js route handlers)', async () => {
    const nextLike = { host: `localhost:${app.port}` };
    const write = await postSend(app, { ...nextLike, origin: appOrigin, 'sec-fetch-site': 'same-origin' });
    expect(write.status).toBe(200);
    expect(reminders(app)).toBe(1);
    const page = await getRaw(app, formUrlPath(`${appOrigin}/templates/done`), nextLike);
    expect(page.status).toBe(200);
    expect(json(page)).toMatchObject({ ok: true, data: { url: expect.any(String) } });
  });

  it('ignores Host, X-Forwarded-* and absolute-form targets: a forged one gets no page and no write', async () => {
    const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' };
    const page = await getRaw(app, formUrlPath('http://evil.example/phish'), forged);
    expect(page.status).toBe(400);
    expect(json(page)).toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_INPUT',
      issues: [{ path: 'successUrl', message: expect.stringContaining(appOrigin) }],
    });
    const write = await postSend(app, { ...forged, origin: 'http://evil.example' });
    const absolute = await postSend(app, { origin: 'http://evil.example' }, `http://evil.example${sendPath}`);
    expect([write.status, absolute.status]).toEqual([403, 403]);
    expect(upstreamCalls(app)).toBe(0);
  });

  it('names the origin it saw and the setting to change when it refuses a write', async () => {
    const response = await postSend(app, { origin: 'https://staging.example.test' });
    expect(response.status).toBe(403);
    const body = json(response);
    expect(body).toMatchObject({ errorCode: 'ESIGN_KIT_CROSS_SITE' });
    expect(body.issues).toEqual([
      {
        path: 'Origin',
        message: expect.stringMatching(/https:\/\/staging\.example\.test.*publicOrigins.*https:\/\/app\.example\.test/),
      },
    ]);
    expect(response.body).not.toContain(sandboxKey);
  });

  it('lets allowedOrigins and redirectOrigins override it, each for its own check', async () => {
    const split = await start({
      publicOrigins: [appOrigin],
      allowedOrigins: ['https://admin.example.test'],
      redirectOrigins: ['https://done.example.test'],
    });
    expect((await postSend(split, { origin: 'https://admin.example.test' })).status).toBe(200);
    const refused = await postSend(split, { origin: appOrigin });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('allowedOrigins');
    expect((await getRaw(split, formUrlPath('https://done.example.test/x'), {})).status).toBe(200);
    const elsewhere = await getRaw(split, formUrlPath(`${appOrigin}/x`), {});
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body).toContain('redirectOrigins');
  });
});

describe('publicOrigins as a function of the request', () => {
  it('is asked per request, e.g. one origin per tenant from a header a trusted gateway sets', async () => {
    const tenantOrigins: Record<string, string> = { a: 'https://a.example.test', b: 'https://b.example.test' };
    const asked: Request[] = [];
    const started = await start({
      publicOrigins: async (request) => {
        asked.push(request);
        const origin = tenantOrigins[request.headers.get('x-gateway-tenant') ?? ''];
        return origin ? [origin] : [];
      },
    });
    const ok = await postSend(started, { 'x-gateway-tenant': 'a', origin: 'https://a.example.test' });
    const crossTenant = await postSend(started, { 'x-gateway-tenant': 'a', origin: 'https://b.example.test' });
    const page = await getRaw(started, formUrlPath('https://b.example.test/done'), { 'x-gateway-tenant': 'b' });
    expect([ok.status, crossTenant.status, page.status]).toEqual([200, 403, 200]);
    expect(crossTenant.body).toContain('https://b.example.test');
    expect(asked).toHaveLength(3);
    expect(asked[0]).toBeInstanceOf(Request);
  });

  it('answers a config error, reported to onError, when the function returns something that is no origin', async () => {
    const started = await start({ publicOrigins: (request) => [`https://${request.headers.get('host')}/`] });
    const response = await postSend(started, { origin: 'https://app.example.test' });
    expect(response.status).toBe(500);
    expect(json(response)).toMatchObject({ errorCode: 'ESIGN_KIT_ORIGIN_NOT_CONFIGURED' });
    expect(started.errors).toEqual([
      expect.objectContaining({
        errorCode: 'ESIGN_KIT_ORIGIN_NOT_CONFIGURED',
        detail: expect.stringContaining('publicOrigins'),
      }),
    ]);
    expect(reminders(started)).toBe(0);
  });
});

describe('start-up checks', () => {
  const base = { apiKey: sandboxKey, upstream: 'http://127.0.0.1:4010/kit-api/v1', authorize: () => true };
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses to start in production without an origin option, naming publicOrigins', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => createEsignProxy(base)).toThrow(TypeError);
    expect(() => createEsignProxy(base)).toThrow(/publicOrigins/);
    expect(() => createEsignProxy({ ...base, publicOrigins: [appOrigin] })).not.toThrow();
    expect(() => createEsignProxy({ ...base, publicOrigins: () => [appOrigin] })).not.toThrow();
    vi.stubEnv('NODE_ENV', 'development');
    expect(() => createEsignProxy(base)).not.toThrow();
  });

  it.each([
    ['a trailing slash', 'https://app.example.test/', /"https:\/\/app\.example\.test"/],
    ['a path', 'https://app.example.test/admin', /bare origin/],
    ['another scheme', 'ftp://app.example.test', /https/],
    ['no scheme', 'app.example.test', /not a URL|https/],
    ['credentials', 'https://user@app.example.test', /bare origin/],
    ['a wildcard', '*', /not a URL/],
    ['upper case', 'https://App.Example.test', /"https:\/\/app\.example\.test"/],
  ])('refuses an origin with %s, naming the option', (_, origin, reason) => {
    for (const option of ['publicOrigins', 'allowedOrigins', 'redirectOrigins'] as const) {
      const start = () => createEsignProxy({ ...base, [option]: [origin] });
      expect(start).toThrow(TypeError);
      expect(start).toThrow(new RegExp(`\`${option}\``));
      expect(start).toThrow(reason);
    }
  });

  it('refuses an empty or malformed publicOrigins, and takes http (an intranet app) and ports', () => {
    expect(() => createEsignProxy({ ...base, publicOrigins: [] })).toThrow(/publicOrigins/);
    expect(() => createEsignProxy({ ...base, publicOrigins: 'https://app.example.test' as never })).toThrow(
      /publicOrigins/,
    );
    const fine = [
      'http://localhost:3000',
      'http://127.0.0.1:4000',
      'http://[::1]:3000',
      'https://app.example.test:8443',
      'http://admin.intranet.example',
    ];
    expect(() => createEsignProxy({ ...base, publicOrigins: fine })).not.toThrow();
  });
});

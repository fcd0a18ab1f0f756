import { createEsignProxy, type EsignProxyHandler } from '@esign-kit/proxy';
import { type RunningSandbox, startSandbox } from '@esign-kit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sandboxKey } from '../servers.js';

// The contract every framework adapter keeps (issue 5: "each adapter runs the same small
// contract suite"): the real proxy, mounted through the adapter in the real framework, in front
// of the real sandbox over loopback HTTP.

export const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
export const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
export const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';
export const basePath = '/api/esign';

/** An app serving the proxy through one adapter; `request` takes a path such as `/api/esign/…`. */
export interface MountedApp {
  /** The origin the app sees itself on, for the same-origin POST. */
  readonly origin: string;
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the framework with `proxy` mounted through the adapter under test. */
export type MountApp = (proxy: EsignProxyHandler, sandbox: RunningSandbox) => Promise<MountedApp>;

/** An app listening on loopback: requests go over HTTP with fetch. */
export function overHttp(url: string, close: () => Promise<void>): MountedApp {
  return { origin: url, request: (path, init) => fetch(`${url}${path}`, init), close };
}

export interface ContractContext {
  readonly app: MountedApp;
  readonly sandbox: RunningSandbox;
}

/**
 * Runs the contract against the adapter `mount` sets up; returns the running app and sandbox
 * (filled in once `beforeAll` has run) for the adapter's own extra tests.
 */
export function describeAdapterContract(name: string, mount: MountApp): ContractContext {
  const context = {} as { app: MountedApp; sandbox: RunningSandbox };
  const answers: string[] = [];

  beforeAll(async () => {
    context.sandbox = await startSandbox({ port: 0, apiKey: sandboxKey });
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: context.sandbox.upstream,
      authorize: ({ request }) => request.headers.get('authorization') === 'Bearer contract',
    });
    context.app = await mount(proxy, context.sandbox);
  });
  afterAll(async () => {
    await context.app?.close();
    await context.sandbox?.close();
  });
  afterEach(() => context.sandbox.sandbox.reset());

  /** Every answer is kept, headers and body, for the no-key check at the end. */
  async function call(
    path: string,
    init: RequestInit = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const headers = { authorization: 'Bearer contract', ...(init.headers as Record<string, string>) };
    const response = await context.app.request(`${basePath}/${path}`, { ...init, headers });
    const text = await response.text();
    answers.push(`${JSON.stringify([...response.headers])}\n${text}`);
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  }
  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const upstreamCalls = () => context.sandbox.sandbox.state.requests.length;

  describe(`${name}: the adapter contract`, () => {
    it("answers a query with the sandbox's data", async () => {
      const { status, body } = await call(`contracts/find?uuid=${contractUuid}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ ok: true, data: { contract: { uuid: contractUuid } } });
      expect(upstreamCalls()).toBe(1);
    });

    it('sends a same-origin POST mutation upstream once, with its JSON body', async () => {
      const { status, body } = await postJson(
        `signatures/${signatureUuid}/send`,
        { participantUuid },
        { origin: context.app.origin },
      );
      expect({ status, ok: body.ok }).toEqual({ status: 200, ok: true });
      expect(context.sandbox.sandbox.state.reminders).toMatchObject([{ participantUuid }]);
    });

    it('answers invalid input with 400 and its issues, without calling upstream', async () => {
      const { status, body } = await postJson(`signatures/${signatureUuid}/send`, {
        participantUuid: 'not-a-uuid',
        extra: true,
      });
      expect(status).toBe(400);
      expect(body).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_INVALID_INPUT' });
      expect(body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'participantUuid' })]));
      expect(upstreamCalls()).toBe(0);
    });

    it('answers an unknown path under the base path with 404', async () => {
      const { status, body } = await call('contracts/find/../../business/managing');
      expect(status).toBe(404);
      expect(body).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UNKNOWN_OPERATION' });
      const unknown = await call('no-such-operation');
      expect([unknown.status, unknown.body.errorCode]).toEqual([404, 'ESIGN_KIT_UNKNOWN_OPERATION']);
      expect(upstreamCalls()).toBe(0);
    });

    it('refuses a cross-site POST with 403, sending nothing', async () => {
      const { status, body } = await postJson(
        `signatures/${signatureUuid}/send`,
        { participantUuid },
        { origin: 'https://evil.example' },
      );
      expect(status).toBe(403);
      expect(body).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_CROSS_SITE' });
      expect(context.sandbox.sandbox.state.reminders).toHaveLength(0);
    });

    it('asks authorize: no session, 403 and no upstream call', async () => {
      const { status, body } = await call(`contracts/find?uuid=${contractUuid}`, { headers: { authorization: '' } });
      expect([status, body.errorCode]).toEqual([403, 'ESIGN_KIT_FORBIDDEN']);
      expect(upstreamCalls()).toBe(0);
    });

    it('never puts the API key in an answer, neither in headers nor in bodies', () => {
      expect(answers.length).toBeGreaterThanOrEqual(7);
      for (const answer of answers) {
        expect(answer).not.toContain(sandboxKey);
        expect(answer.toLowerCase()).not.toContain('x-api-key');
      }
    });
  });

  return context;
}

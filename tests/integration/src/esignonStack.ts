import type { AnyOperation } from '@esign-kit/core/server';
import { validateInput } from '@esign-kit/core/server';
import {
  createEsignProxy,
  createMemoryStore,
  type EsignProxyErrorEvent,
  type EsignProxyLogEvent,
  type EsignProxyOptions,
  type ProxyStore,
} from '@esign-kit/proxy';
import { type EsignonCallbackEvent, type EsignonOptions, esignon } from '@esign-kit/proxy/esignon';
import { toNodeListener } from '@esign-kit/proxy/node';
import { startSandbox } from '@esign-kit/sandbox';
import { listen, sandboxKey } from './servers.js';

/** The sandbox's eSignon member (its defaults). */
export const esignonMember = {
  companyId: 'esignkit',
  email: 'admin@esignkit.example',
  password: 'sandbox-esignon-pw',
} as const;

export const callbackAuthorization = 'integration-callback-secret-5f0c1e7a';

/** What the vendor sent upstream and what came back: to count logins and collect the tokens handed out. */
export interface UpstreamExchange {
  readonly url: string;
  readonly method: string;
  readonly status: number;
  readonly payload: unknown;
}

/**
 * The real sandbox (eSignon under `/esignon`) and the `esignon(...)` vendor, driven directly:
 * `call(operation, input)` runs the vendor as the proxy would after its checks, with a `send`
 * built on fetch, and a loopback server serves the vendor's callback route, where the sandbox
 * POSTs its callbacks. Every answer, report and callback event is kept, to look for secrets.
 */
export async function startEsignonVendorStack(overrides: Partial<EsignonOptions> = {}, sandboxTokenTtlMs?: number) {
  const sandbox = await startSandbox({
    port: 0,
    apiKey: sandboxKey,
    esignon: { callbackRetryDelaysMs: [20, 40], ...(sandboxTokenTtlMs ? { tokenTtlMs: sandboxTokenTtlMs } : {}) },
  });
  const memory = createMemoryStore();
  const writes: string[] = [];
  // The memory store, with every write noted: a refused callback must write nothing.
  const store: ProxyStore = {
    increment: (key, ttlMs) => memory.increment(key, ttlMs),
    get: (key) => memory.get(key),
    delete: (key) => memory.delete(key),
    set: (key, value, ttlMs) => {
      writes.push(key);
      return memory.set(key, value, ttlMs);
    },
    setIfAbsent: (key, value, ttlMs) => {
      writes.push(key);
      return memory.setIfAbsent(key, value, ttlMs);
    },
  };
  let blocked = false;
  const reports: { errorCode: string; status: number; detail: string }[] = [];
  const events: EsignonCallbackEvent[] = [];
  const exchanges: UpstreamExchange[] = [];
  const answers: unknown[] = [];
  const report = (errorCode: string, status: number, detail: string) => reports.push({ errorCode, status, detail });

  let route: ((request: Request) => Promise<Response>) | undefined;
  const receiver = await listen(
    toNodeListener(async (request) => {
      // While blocked, callbacks are lost before the route sees them (a receiver outage).
      const response = route && !blocked ? await route(request) : new Response('{}', { status: 503 });
      answers.push({ status: response.status, body: await response.clone().text() });
      return response;
    }),
  );
  const callbackUrl = `${receiver.url}/api/esign/esignon/callback`;
  const vendor = esignon({
    upstream: `${sandbox.url}/esignon`,
    ...esignonMember,
    callback: { url: callbackUrl, authorization: callbackAuthorization },
    ...overrides,
    onCallback: (event) => {
      events.push(event);
      overrides.onCallback?.(event);
    },
  });
  const callbackRoute = vendor.routes?.find((candidate) => candidate.path === 'esignon/callback');
  if (!callbackRoute) throw new Error('the vendor serves no esignon/callback route');
  route = (request) => callbackRoute.handle(request, { store, report });

  const send = async (request: {
    url: string;
    method: string;
    headers: Readonly<Record<string, string>>;
    body?: string | undefined;
  }) => {
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        redirect: 'error',
      });
      const text = await response.text();
      let payload: unknown;
      try {
        payload = text ? JSON.parse(text) : undefined;
      } catch {
        payload = undefined;
      }
      exchanges.push({ url: request.url, method: request.method, status: response.status, payload });
      return { ok: 'reply' as const, status: response.status, payload };
    } catch (cause) {
      return { ok: false as const, errorCode: 'ESIGN_KIT_UPSTREAM_UNREACHABLE', message: String(cause), status: 502 };
    }
  };

  /** Runs one operation as the proxy would once every check passed (input validated, defaults applied). */
  async function call(operation: AnyOperation, input: unknown, request = new Request('http://127.0.0.1/api/esign')) {
    const validated = validateInput(operation, input);
    if (!validated.ok) throw new Error(`invalid test input for ${operation.id}: ${JSON.stringify(validated.issues)}`);
    const account = await vendor.account(request);
    const result = await vendor.call({ operation, input: validated.value, account, request }, { send, store, report });
    answers.push(result);
    return result;
  }

  return {
    sandbox,
    control: sandbox.sandbox.esignon,
    vendor,
    store,
    writes,
    reports,
    events,
    exchanges,
    answers,
    callbackUrl,
    call,
    /** Answers every callback 503 (`true`) without reaching the route, or serves them again. */
    blockCallbacks(value: boolean) {
      blocked = value;
    },
    /** How many logins went upstream. */
    logins: () => exchanges.filter((exchange) => exchange.url.endsWith('/login')).length,
    /** The secrets (password, callback secret, any token handed out) found in an answer, report or callback event. */
    leaks(): string[] {
      const seen = JSON.stringify([answers, reports, events]);
      return [esignonMember.password, callbackAuthorization, ...tokensOf(exchanges)].filter((secret) =>
        seen.includes(secret),
      );
    },
    /** Every access token the sandbox handed out. */
    tokens: () => tokensOf(exchanges),
    async close() {
      await receiver.close();
      await sandbox.close();
    },
  };
}

function tokensOf(exchanges: readonly UpstreamExchange[]): string[] {
  return exchanges.flatMap((exchange) => {
    const token = (exchange.payload as { body?: { access_token?: unknown } } | undefined)?.body?.access_token;
    return typeof token === 'string' ? [token] : [];
  });
}

/**
 * Browser → proxy → sandbox, as in production: `createEsignProxy({ vendors: [esignon(...)] })`
 * on its own loopback port (no Prix), with the sandbox's callbacks coming back to the proxy's
 * `<basePath>/esignon/callback`. Every answer body, `onLog` and `onError` event is kept.
 */
export async function startEsignonProxyStack(
  options: { authorize?: EsignProxyOptions['authorize']; vendor?: Partial<EsignonOptions> } = {},
) {
  const sandbox = await startSandbox({ port: 0, apiKey: sandboxKey, esignon: { callbackRetryDelaysMs: [20, 40] } });
  const logs: EsignProxyLogEvent[] = [];
  const errors: EsignProxyErrorEvent[] = [];
  const bodies: string[] = [];
  const events: EsignonCallbackEvent[] = [];
  let handler: ((request: Request) => Promise<Response>) | undefined;
  const server = await listen(
    toNodeListener(async (request) => {
      const response = handler ? await handler(request) : new Response('{}', { status: 503 });
      bodies.push(await response.clone().text());
      return response;
    }),
  );
  const proxyUrl = `${server.url}/api/esign`;
  // Between the proxy and the sandbox: passes every call on and notes the tokens logins hand out.
  const issued: string[] = [];
  const relay = await listen(
    toNodeListener(async (request) => {
      const url = new URL(request.url);
      const body = request.method === 'GET' ? null : await request.text();
      const upstream = await fetch(`${sandbox.url}${url.pathname}${url.search}`, {
        method: request.method,
        headers: request.headers,
        body,
      });
      const text = await upstream.text();
      if (url.pathname.endsWith('/login')) {
        const token = (JSON.parse(text) as { body?: { access_token?: string } }).body?.access_token;
        if (token) issued.push(token);
      }
      return new Response(text, { status: upstream.status, headers: { 'content-type': 'application/json' } });
    }),
  );
  const vendor = esignon({
    upstream: `${relay.url}/esignon`,
    ...esignonMember,
    callback: { url: `${proxyUrl}/esignon/callback`, authorization: callbackAuthorization },
    ...options.vendor,
    onCallback: (event) => {
      events.push(event);
      options.vendor?.onCallback?.(event);
    },
  });
  handler = createEsignProxy({
    vendors: [vendor],
    authorize: options.authorize ?? (() => true),
    onLog: (event) => logs.push(event),
    onError: (event) => errors.push(event),
  });

  /** A browser's call: same-origin, JSON, an idempotency key for mutations. */
  async function request(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${proxyUrl}/${path}`, {
      method,
      headers: {
        origin: server.url,
        ...(body === undefined ? {} : { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  return {
    sandbox,
    control: sandbox.sandbox.esignon,
    proxyUrl,
    callbackUrl: `${proxyUrl}/esignon/callback`,
    logs,
    errors,
    bodies,
    events,
    request,
    /** Every access token the sandbox handed the proxy. */
    tokens: () => [...issued],
    async close() {
      await server.close();
      await relay.close();
      await sandbox.close();
    },
  };
}

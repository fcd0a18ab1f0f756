import { createEsignClient, type EsignKitError, isEsignKitError, type OperationInput } from '@esign-kit/core';
import {
  type AnyOperation,
  browserSafeOperations,
  builtInOperations,
  encodeRequest,
  prixErrorCatalogue,
  validateData,
  validated as validatedRoute,
  validateInput,
} from '@esign-kit/core/server';
import { allowReminderAddressOverride, createEsignProxy } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { type RunningSandbox, startSandbox } from '@esign-kit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleInputs, examplesNow } from '../../../packages/sandbox/src/__tests__/examples.js';
import { type BrowserSafeId, errorCases, offOriginRedirects } from './operationErrorCases.js';
import { listen, sandboxKey } from './servers.js';

/** Where the examples' `successUrl` / `redirectUrl` values point: the app, as far as the proxy knows. */
const appOrigin = 'https://example.com';
const wrongKey = 'sk_test_revoked_fedcba9876543210';

let sandbox: RunningSandbox;
let proxyUrl: string;
let wrongKeyProxyUrl: string;
const servers: { close(): Promise<void> }[] = [];

/** Every response body the tests read from a proxy, checked for secrets after each test. */
const bodies: string[] = [];
/** How many requests the clients sent (0 when a client refused before any request). */
let sent = 0;
const recordingFetch: typeof fetch = async (input, init) => {
  sent += 1;
  const response = await fetch(input, init);
  bodies.push(await response.clone().text());
  return response;
};

const client = () => createEsignClient({ baseUrl: proxyUrl, locale: 'en', fetch: recordingFetch });
const wrongKeyClient = () => createEsignClient({ baseUrl: wrongKeyProxyUrl, locale: 'en', fetch: recordingFetch });

beforeAll(async () => {
  // The examples' expiry dates and certificate timings are written for this clock.
  sandbox = await startSandbox({ port: 0, apiKey: sandboxKey, now: () => examplesNow });
  // The reference's reminder example names its own address (`sendInput`): a rule must allow that.
  const operations = [
    ...browserSafeOperations().filter((operation) => operation.id !== 'signatures.send'),
    allowReminderAddressOverride(),
  ];
  const common = { upstream: sandbox.upstream, authorize: () => true, redirectOrigins: [appOrigin], operations };
  const proxy = await listen(toNodeListener(createEsignProxy({ ...common, apiKey: sandboxKey })));
  const misconfigured = await listen(toNodeListener(createEsignProxy({ ...common, apiKey: wrongKey })));
  servers.push(proxy, misconfigured);
  proxyUrl = `${proxy.url}/api/esign`;
  wrongKeyProxyUrl = `${misconfigured.url}/api/esign`;
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await sandbox.close();
});
afterEach(() => {
  // Secrets of the server-only operations: the sandbox's own key and the managed businesses' keys.
  const secrets = [sandboxKey, wrongKey, ...sandbox.sandbox.state.managedBusinesses.map((business) => business.apiKey)];
  const read = bodies.splice(0);
  sent = 0;
  // Cancelling, deleting or renaming in one case must not break the next.
  sandbox.sandbox.reset();
  for (const text of read) {
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(fieldNames(JSON.parse(text))).not.toContain('apiKey');
  }
});

/** Every property name anywhere in a JSON value. */
function fieldNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(fieldNames);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...fieldNames(inner)]);
}

/** The error a promise rejects with; fails the test when it resolves or rejects with something else. */
async function rejection(promise: Promise<unknown>): Promise<EsignKitError> {
  const outcome = await promise.then(
    (data) => ({ resolved: true as const, data }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) throw new Error(`Expected a rejection, got ${JSON.stringify(outcome.data)}`);
  if (!isEsignKitError(outcome.error)) throw outcome.error;
  return outcome.error;
}

/** Sends an input to the proxy as raw HTTP, at the operation's mirrored method and path, skipping the client. */
function sendRaw(operation: AnyOperation, input: unknown): Promise<Response> {
  const encoded = encodeRequest(operation, input);
  const query = encoded.search.size ? `?${encoded.search}` : '';
  return recordingFetch(`${proxyUrl}/${encoded.path}${query}`, {
    method: encoded.method,
    headers: encoded.body ? { 'content-type': 'application/json' } : {},
    body: encoded.body ? JSON.stringify(encoded.body) : null,
  });
}

/** The input after its schema's defaults, as the proxy sends it upstream. */
function validated(operation: AnyOperation, input: unknown): unknown {
  const result = validateInput(operation, input);
  if (!result.ok) throw new Error(`The input of ${operation.id} is not valid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const upstreamRequests = () => sandbox.sandbox.state.requests;
const browserSafe = browserSafeOperations().map((operation) => [operation.id as BrowserSafeId, operation] as const);
const serverOnly: readonly AnyOperation[] = builtInOperations.filter((operation) => operation.serverOnly);
const example = (id: string) => exampleInputs[id as keyof typeof exampleInputs] as OperationInput<AnyOperation>;

describe('the registry', () => {
  it('has a case table entry for every browser-safe operation, and an example for every operation', () => {
    expect(browserSafe.map(([, operation]) => operation)).toEqual(
      builtInOperations.filter((operation) => !operation.serverOnly),
    );
    expect(Object.keys(errorCases).sort()).toEqual(browserSafe.map(([id]) => id).sort());
    expect(Object.keys(exampleInputs).sort()).toEqual(builtInOperations.map((operation) => operation.id).sort());
  });
});

describe('every browser-safe operation succeeds through client → proxy → sandbox', () => {
  it.each(browserSafe)('%s', async (id, operation) => {
    const input = example(id);

    const data = await client().request(operation, input);

    // One authorised request reached the sandbox, at the operation's own method and path.
    const { method, path } = encodeRequest(operation, validated(operation, input));
    expect(upstreamRequests()).toEqual([
      expect.objectContaining({ method, path: `/kit-api/v1/${path}`, authorized: true }),
    ]);
    const checked = validateData(operation, data);
    expect(checked.ok ? undefined : checked.issues).toBeUndefined();
    // `validateData` drops keys the schema does not describe: equality means there were none.
    expect(checked.ok && checked.value).toStrictEqual(data);
    if (operation.kind === 'page-url') {
      const { url, link } = data as { url?: string; link?: string };
      const page = new URL((id === 'signatures.link' ? link : url) ?? '');
      expect(page.origin).toBe(sandbox.url);
      const token = page.pathname.split('/').at(-1) ?? '';
      expect(sandbox.sandbox.state.pageSessions.get(token)).toMatchObject({ operationId: id });
    }
    expect(bodies).toHaveLength(1);
  });
});

const vendorCases = browserSafe.flatMap(([id, operation]) =>
  errorCases[id].vendor.map((scenario) => [id, scenario.code, scenario.when, operation, scenario] as const),
);

describe('documented Prix errors arrive at the client with their code and status', () => {
  it('covers every browser-safe operation, with codes its page documents where it documents any', () => {
    expect(new Set(vendorCases.map(([id]) => id))).toEqual(new Set(browserSafe.map(([id]) => id)));
    for (const [, code, , operation, scenario] of vendorCases) {
      if (scenario.via === 'wrong-key') expect(code).toBe('UNAUTHORIZED_API_KEY');
      else if (operation.errors.length > 0) expect(operation.errors).toContain(code);
    }
  });

  it.each(vendorCases)('%s → %s when %s', async (_id, code, _when, operation, scenario) => {
    scenario.arrange?.(sandbox.sandbox);
    const via = scenario.via === 'wrong-key' ? wrongKeyClient() : client();

    const error = await rejection(via.request(operation, scenario.input as OperationInput<AnyOperation>));

    expect(error).toMatchObject({
      errorCode: code,
      status: prixErrorCatalogue[code].status,
      operationId: operation.id,
    });
    expect(error.vendorMessage).toMatch(/[가-힣]/);
    // Queries may be tried again after a 5xx; a mutation is sent exactly once.
    const { path } = encodeRequest(operation, validated(operation, scenario.input));
    const sentUpstream = {
      method: operation.method,
      path: `/kit-api/v1/${path}`,
      authorized: scenario.via !== 'wrong-key',
    };
    expect(upstreamRequests().length).toBeGreaterThan(0);
    expect(upstreamRequests()).toEqual(upstreamRequests().map(() => expect.objectContaining(sentUpstream)));
    if (operation.kind === 'mutation') expect(upstreamRequests()).toHaveLength(1);
  });
});

describe('every browser-safe operation answers UNAUTHORIZED_API_KEY when the proxy holds a bad key', () => {
  it.each(browserSafe)('%s', async (id, operation) => {
    const error = await rejection(wrongKeyClient().request(operation, example(id)));

    expect(error).toMatchObject({ errorCode: 'UNAUTHORIZED_API_KEY', status: 401 });
    expect(upstreamRequests()).toEqual([expect.objectContaining({ authorized: false })]);
  });
});

describe('invalid input never reaches the sandbox', () => {
  it.each(browserSafe)('%s: the client refuses it unsent, and so does the proxy', async (id, operation) => {
    const { input, path } = errorCases[id].invalid;

    const error = await rejection(client().request(validatedRoute(operation), input as OperationInput<AnyOperation>));
    expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_INVALID_INPUT', status: undefined });
    expect(error.issues).toContainEqual(expect.objectContaining({ path }));
    expect(sent).toBe(0);

    const response = await sendRaw(operation, input);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_INVALID_INPUT' });
    expect(body.issues).toContainEqual(expect.objectContaining({ path }));
    expect(upstreamRequests()).toEqual([]);
  });

  const redirects = Object.entries(offOriginRedirects).map(([id, scenario]) => {
    const operation = browserSafe.find(([candidate]) => candidate === id)?.[1];
    if (!operation || !scenario) throw new Error(`No browser-safe operation ${id}`);
    return [id, operation, scenario] as const;
  });

  it.each(redirects)(
    '%s: the proxy refuses a redirect off the allowed origins (400)',
    async (_id, operation, scenario) => {
      const error = await rejection(client().request(operation, scenario.input as OperationInput<AnyOperation>));

      expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_INVALID_INPUT', status: 400 });
      expect(error.issues).toContainEqual(expect.objectContaining({ path: scenario.path }));
      expect(sent).toBe(1);
      expect(upstreamRequests()).toEqual([]);
    },
  );
});

/** What the proxy answers at a server-only operation's own method and path. */
const serverOnlyAnswers: Record<string, { status: number; errorCode: string; allow?: string }> = {
  // `business` is also the path of the browser-safe `PATCH business` (updateBusiness): the proxy
  // knows the path, not this method.
  'business.create': { status: 405, errorCode: 'ESIGN_KIT_METHOD_NOT_ALLOWED', allow: 'PATCH' },
  'business.managing': { status: 404, errorCode: 'ESIGN_KIT_UNKNOWN_OPERATION' },
};

describe('server-only operations', () => {
  it('are exactly the two platform operations that return API keys', () => {
    expect(serverOnly.map((operation) => operation.id).sort()).toEqual(Object.keys(serverOnlyAnswers).sort());
    for (const operation of serverOnly) expect(browserSafeOperations()).not.toContain(operation);
  });

  it.each(serverOnly.map((operation) => [operation.id, operation] as const))(
    '%s: the proxy does not serve it and the sandbox sees nothing',
    async (id, operation) => {
      const expected = serverOnlyAnswers[id];

      const response = await sendRaw(operation, example(id));

      expect(response.status).toBe(expected?.status);
      expect(await response.json()).toMatchObject({ ok: false, errorCode: expected?.errorCode });
      expect(response.headers.get('allow')).toBe(expected?.allow ?? null);
      expect(upstreamRequests()).toEqual([]);
    },
  );

  it.each(serverOnly.map((operation) => [operation.id, operation] as const))(
    '%s: the browser client refuses it before any request',
    async (id, operation) => {
      const error = await rejection(client().request(operation, example(id)));

      expect(error).toMatchObject({ errorCode: 'ESIGN_KIT_SERVER_ONLY_OPERATION', operationId: id });
      expect(sent).toBe(0);
      expect(upstreamRequests()).toEqual([]);
    },
  );
});

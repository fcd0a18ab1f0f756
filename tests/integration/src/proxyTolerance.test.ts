import { createEsignClient, type DriftEvent, type OperationInput } from '@esign-kit/core';
import {
  type AnyOperation,
  builtInOperations,
  createSignatureFromTemplate,
  encodeRequest,
  findContract,
  setContractTags,
  validateData,
  validateInput,
} from '@esign-kit/core/server';
import {
  createEsignProxy,
  createEsignServerClient,
  type EsignProxyErrorEvent,
  type EsignProxyOptions,
} from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { type RunningSandbox, startSandbox } from '@esign-kit/sandbox';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleInputs, examplesNow } from '../../../packages/sandbox/src/__tests__/examples.js';
import { listen, sandboxKey } from './servers.js';

// A real Prix answers in shapes the sandbox does not (issue 12): `null` where the reference shows
// a field absent, a field left out, a status nobody documented. A Prix stand-in at the network
// edge forwards to the real sandbox and rewrites the `data` of its successful answers, so each
// case below is a real answer, changed in exactly one way. Prix did the work in every case: the
// proxy must never answer it as a failure.
// biome-ignore lint/suspicious/noExplicitAny: test data is rewritten freely
type Json = Record<string, any>;
/** Returned by a rewrite to leave `data` out of the envelope. */
const noData = Symbol('no data');
type Rewrite = (data: Json) => unknown;

let sandbox: RunningSandbox;
let prixUrl: string;
let rewrite: Rewrite | undefined;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, apiKey: sandboxKey, now: () => examplesNow });
  const prix = await listen(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const answer = await fetch(`${sandbox.url}${request.url}`, {
      method: request.method,
      headers: { 'x-api-key': String(request.headers['x-api-key']), 'content-type': 'application/json' },
      body: body.length ? body : null,
    });
    let payload = (await answer.json()) as Json;
    if (payload.ok && rewrite) {
      const data = rewrite(structuredClone(payload.data ?? {}));
      payload = data === noData ? { ok: true } : { ok: true, data };
    }
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  });
  prixUrl = `${prix.url}/kit-api/v1`;
  closers.push(prix.close);
});
afterAll(async () => {
  while (closers.length) await closers.pop()?.();
  await sandbox.close();
});
afterEach(() => {
  rewrite = undefined;
  sandbox.sandbox.reset();
});

/** A proxy in front of the drifting Prix, with its `onError` events recorded. */
async function startProxy(overrides: Partial<EsignProxyOptions> = {}) {
  const errors: EsignProxyErrorEvent[] = [];
  const proxy = createEsignProxy({
    apiKey: sandboxKey,
    upstream: prixUrl,
    authorize: () => true,
    redirectOrigins: ['https://example.com'],
    onError: (event) => errors.push(event),
    ...overrides,
  });
  const server = await listen(toNodeListener(proxy));
  closers.push(server.close);
  const send = async (operation: AnyOperation, input: unknown) => {
    const validated = validateInput(operation, input);
    if (!validated.ok) throw new Error(`invalid example for ${operation.id}`);
    const encoded = encodeRequest(operation, validated.value);
    const query = encoded.search.size ? `?${encoded.search}` : '';
    const response = await fetch(`${server.url}/api/esign/${encoded.path}${query}`, {
      method: encoded.method,
      headers: encoded.body ? { 'content-type': 'application/json' } : {},
      body: encoded.body ? JSON.stringify(encoded.body) : null,
    });
    return {
      status: response.status,
      drift: response.headers.get('esign-kit-drift'),
      body: (await response.json()) as Json,
    };
  };
  return { errors, send, url: `${server.url}/api/esign` };
}

const example = (operation: AnyOperation) =>
  exampleInputs[operation.id as keyof typeof exampleInputs] as OperationInput<AnyOperation>;

const participantsOf = (signature: Json): Json[] => signature.participants;

describe('answers the reference leaves open are read, not failed', () => {
  const cases: [string, AnyOperation, Rewrite][] = [
    [
      'templates.createSignature with signature.facilitator: null',
      createSignatureFromTemplate,
      (data) => ({ ...data, signature: { ...data.signature, facilitator: null } }),
    ],
    [
      'templates.createSignature with a participant phone: null',
      createSignatureFromTemplate,
      (data) => {
        for (const participant of participantsOf(data.signature)) participant.phone = null;
        return data;
      },
    ],
    [
      'contracts.find without customKey',
      findContract,
      (data) => {
        delete data.contract.customKey;
        return data;
      },
    ],
    [
      'contracts.find with wordFile: null',
      findContract,
      (data) => ({ contract: { ...data.contract, wordFile: null } }),
    ],
    [
      'contracts.find with an object description: null',
      findContract,
      (data) => {
        for (const object of data.contract.signature.objects) object.description = null;
        return data;
      },
    ],
    [
      'contracts.find with a participant phone: null',
      findContract,
      (data) => {
        for (const participant of participantsOf(data.contract.signature)) participant.phone = null;
        return data;
      },
    ],
    ['contracts.setTags answering data: {}', setContractTags, () => ({})],
    ['contracts.setTags answering data: null', setContractTags, () => null],
  ];

  it.each(cases)('%s: 200, as read', async (_name, operation, change) => {
    const proxy = await startProxy();
    rewrite = change;

    const answer = await proxy.send(operation, example(operation));

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.ok).toBe(true);
    // Documented-compatible: nothing to report.
    expect(answer.drift).toBeNull();
    expect(proxy.errors).toEqual([]);
  });

  it('passes a status Prix adds later through as it is', async () => {
    const proxy = await startProxy();
    rewrite = (data) => ({
      contract: { ...data.contract, status: 'ARCHIVED', signature: { ...data.contract.signature, status: 'EXPIRED' } },
    });

    const answer = await proxy.send(findContract, example(findContract));

    expect(answer.status).toBe(200);
    expect(answer.body.data.contract.status).toBe('ARCHIVED');
    expect(answer.body.data.contract.signature.status).toBe('EXPIRED');
    expect(proxy.errors).toEqual([]);
  });
});

describe('an answer that still does not match is drift, never a failure', () => {
  /** Breaks createSignature's answer beyond what the schema accepts, and adds an undocumented field. */
  const drifting: Rewrite = (data) => {
    for (const participant of participantsOf(data.signature)) participant.order = 'first';
    return { ...data, signature: { ...data.signature, title: null, undocumented: { secret: 'x' } }, extra: 1 };
  };

  it('answers 200 with the documented fields, says so in a header and tells onError once per paths', async () => {
    const proxy = await startProxy();
    rewrite = drifting;

    const first = await proxy.send(createSignatureFromTemplate, example(createSignatureFromTemplate));
    sandbox.sandbox.reset();
    const second = await proxy.send(createSignatureFromTemplate, example(createSignatureFromTemplate));

    for (const answer of [first, second]) {
      expect(answer.status).toBe(200);
      expect(answer.drift).toBe('signature.participants.*.order, signature.title');
      expect(answer.body.ok).toBe(true);
      // Documented fields are kept, unknown ones dropped at every depth.
      expect(answer.body.data.contract.uuid).toEqual(expect.any(String));
      expect(answer.body.data.signature.uuid).toEqual(expect.any(String));
      expect(answer.body.data).not.toHaveProperty('extra');
      expect(answer.body.data.signature).not.toHaveProperty('undocumented');
    }
    expect(proxy.errors).toEqual([
      {
        errorCode: 'ESIGN_KIT_UPSTREAM_DRIFT',
        status: 200,
        operationId: 'templates.createSignature',
        detail: expect.stringContaining('signature.participants.*.order, signature.title'),
      },
    ]);
    // Paths only: no value of the answer reaches the logs.
    expect(proxy.errors[0]?.detail).not.toMatch(/first|솔루션/);
  });

  it('answers a mutation whose data is unreadable 200 too: Prix made the contract', async () => {
    const proxy = await startProxy();
    rewrite = () => 'contract made';

    const answer = await proxy.send(createSignatureFromTemplate, example(createSignatureFromTemplate));

    expect(answer.status).toBe(200);
    expect(answer.drift).toBe('(data)');
    expect(proxy.errors).toHaveLength(1);
  });

  it('turns drift back into 502 ESIGN_KIT_UPSTREAM_INVALID_RESPONSE with strictResponses', async () => {
    const proxy = await startProxy({ strictResponses: true });
    rewrite = drifting;

    const answer = await proxy.send(createSignatureFromTemplate, example(createSignatureFromTemplate));

    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE' });
    expect(proxy.errors).toEqual([
      expect.objectContaining({
        errorCode: 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE',
        operationId: 'templates.createSignature',
      }),
    ]);
  });
});

describe('the browser client surfaces drift in development', () => {
  it('tells onDrift the operation and paths from the header, and still resolves', async () => {
    const proxy = await startProxy();
    rewrite = (data) => ({ contract: { ...data.contract, title: null } });
    const drifts: DriftEvent[] = [];
    const client = createEsignClient({ baseUrl: proxy.url, onDrift: (event) => drifts.push(event) });

    const data = await client.request(findContract, example(findContract) as { uuid: string });

    expect(data.contract.uuid).toEqual(expect.any(String));
    expect(drifts).toEqual([{ operationId: 'contracts.find', paths: ['contract.title'] }]);
  });
});

// The sandbox's variance mode answers every operation in the shapes a real vendor may use. Over
// every operation of the registry (server-only ones through the server client): an answer Prix
// gave as a success is a success for the browser, and a documented-compatible one reads cleanly.
describe('in front of the sandbox in variance mode, over every operation', () => {
  const runs = Number(process.env.PROPERTY_RUNS ?? 12);
  let varied: RunningSandbox;
  let proxyUrl: string;
  const errors: EsignProxyErrorEvent[] = [];
  /** What the sandbox last answered the proxy: its status and body. */
  let upstream: { status: number; body: Json } | undefined;
  const lastUpstream = () => upstream;

  beforeAll(async () => {
    varied = await startSandbox({ port: 0, apiKey: sandboxKey, now: () => examplesNow, variance: { seed: 1 } });
    closers.push(varied.close);
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      upstream = { status: response.status, body: (await response.clone().json()) as Json };
      return response;
    };
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: varied.upstream,
      authorize: () => true,
      redirectOrigins: ['https://example.com'],
      queryRetries: 0,
      rateLimits: { 'signatures.send': false }, // every run reminds the same participant
      fetch: recordingFetch,
      onError: (event) => errors.push(event),
    });
    const server = await listen(toNodeListener(proxy));
    closers.push(server.close);
    proxyUrl = `${server.url}/api/esign`;
  });

  async function throughProxy(operation: AnyOperation) {
    // A default proxy refuses a reminder's address override (issue 12): send it to the address on file.
    const { sendInput: _, ...input } = example(operation) as Json;
    const validated = validateInput(operation, input);
    if (!validated.ok) throw new Error(`invalid example for ${operation.id}`);
    const encoded = encodeRequest(operation, validated.value);
    const query = encoded.search.size ? `?${encoded.search}` : '';
    const response = await fetch(`${proxyUrl}/${encoded.path}${query}`, {
      method: encoded.method,
      headers: encoded.body ? { 'content-type': 'application/json' } : {},
      body: encoded.body ? JSON.stringify(encoded.body) : null,
    });
    return {
      status: response.status,
      drift: response.headers.get('esign-kit-drift'),
      body: (await response.json()) as Json,
    };
  }

  it('covers the whole registry', () => {
    expect(builtInOperations.length).toBeGreaterThan(30);
    for (const operation of builtInOperations) expect(exampleInputs).toHaveProperty([operation.id]);
  });

  it.each(builtInOperations.map((operation) => [operation.id, operation] as const))('%s', async (_id, operation) => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.boolean(), async (seed, undocumented) => {
        varied.sandbox.reset();
        varied.sandbox.variance.set({ seed, undocumented });
        if (operation.serverOnly) {
          const drifts: DriftEvent[] = [];
          const prix = createEsignServerClient({
            apiKey: sandboxKey,
            upstream: varied.upstream,
            onDrift: (event) => drifts.push(event),
          });
          await prix.request(operation as AnyOperation, example(operation) as never);
          if (!undocumented) expect(drifts).toEqual([]);
          return;
        }
        upstream = undefined;
        const answer = await throughProxy(operation);
        const upstreamAnswer = lastUpstream();
        const seen = `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
        expect(upstreamAnswer?.status, 'the example succeeds upstream').toBe(200);
        // A success upstream is a success for the browser, a mutation above all (never a 5xx).
        expect(answer.status, seen).toBe(200);
        expect(answer.body.ok, seen).toBe(true);
        if (!undocumented) {
          // Documented-compatible variants read cleanly: no drift, and the data as the schema reads it.
          expect(answer.drift, seen).toBeNull();
          const expected = validateData(operation, upstreamAnswer?.body.data);
          expect(expected.ok && expected.value, seen).toStrictEqual(answer.body.data);
        }
      }),
      { numRuns: runs },
    );
  });

  it('varies reproducibly: a seed replays the same answer', async () => {
    const answers: Json[] = [];
    for (let run = 0; run < 2; run++) {
      varied.sandbox.reset();
      varied.sandbox.variance.set({ seed: 7, undocumented: true });
      await throughProxy(findContract);
      answers.push(lastUpstream()?.body ?? {});
    }
    expect(answers[1]).toStrictEqual(answers[0]);
    varied.sandbox.variance.set({ seed: 8, undocumented: true });
    await throughProxy(findContract);
    expect(lastUpstream()?.body).not.toStrictEqual(answers[0]);
  });
});

import type { SigningEvent, SigningEventEnvelope } from '@esign-kit/core/events';
import { defineOperation, findContract, listContractTags, setContractTags } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { createEsignProxy } from '../createEsignProxy.js';
import type { EventBus } from '../events/EventBus.js';
import { createMemoryEventBus } from '../events/memoryEventBus.js';
import { allow } from '../operationRules.js';
import type { EsignProxyErrorEvent, EsignProxyLogEvent, EsignProxyOptions } from '../options.js';

// The events wiring of createEsignProxy, in process: Prix is an injected fetch, the bus a memory
// one the test also listens to. The loopback suites (tests/integration/src/events.proxy*) run the
// same paths over HTTP against the sandbox and a real redis-server.

const apiKey = 'sk_events_wiring_0123456789abcdef';
const app = 'https://admin.example.test';
const base = `${app}/api/esign`;
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';

/** A memory bus whose published events the test reads, and which can be made to fail. */
function recordingBus() {
  const inner = createMemoryEventBus();
  const published: SigningEvent[] = [];
  let failing = false;
  let closed = false;
  const bus: EventBus = {
    ...inner,
    async publish(event) {
      if (failing) throw new Error('the bus is down');
      published.push(event);
      return inner.publish(event);
    },
    async close() {
      closed = true;
      await inner.close();
    },
  };
  return {
    bus,
    published,
    fail: () => {
      failing = true;
    },
    closed: () => closed,
  };
}

function setUp(options: Partial<EsignProxyOptions> = {}, answer = () => Response.json({ ok: true })) {
  const calls: string[] = [];
  const errors: EsignProxyErrorEvent[] = [];
  const logs: EsignProxyLogEvent[] = [];
  const recorded = recordingBus();
  const proxy = createEsignProxy({
    apiKey,
    upstream: 'https://prix.test/kit-api/v1',
    publicOrigins: [app],
    authorize: () => true,
    fetch: (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return answer();
    }) as typeof fetch,
    onError: (event) => errors.push(event),
    onLog: (event) => logs.push(event),
    events: { bus: recorded.bus, watcher: false },
    ...options,
  });
  return { proxy, calls, errors, logs, ...recorded };
}

const setTags = (headers: Record<string, string> = {}) =>
  new Request(`${base}/contracts/${contractUuid}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', origin: app, ...headers },
    body: JSON.stringify({ input: { tagIds: [2, 3] } }),
  });
const cancel = () =>
  new Request(`${base}/signatures/${signatureUuid}/cancel`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app },
    body: JSON.stringify({}),
  });
const stream = (query: string, init: RequestInit = {}) => new Request(`${base}/events?${query}`, init);

/** Reads frames until `count` events arrived, then hangs up. */
async function readEvents(response: Response, count: number): Promise<SigningEventEnvelope[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  const envelopes = () =>
    [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1] as string) as SigningEventEnvelope);
  while (envelopes().length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return envelopes();
}

describe('createEsignProxy with events', () => {
  it('publishes a successful mutation once, not a replay, not a failure, and not a query', async () => {
    const { proxy, published, calls } = setUp();
    expect((await proxy(setTags({ 'idempotency-key': 'tags-once-0001' }))).status).toBe(200);
    expect((await proxy(setTags({ 'idempotency-key': 'tags-once-0001' }))).status).toBe(200); // replayed
    expect((await proxy(cancel())).status).toBe(200);
    expect((await proxy(new Request(`${base}/contracts/find?uuid=${contractUuid}`))).status).toBe(200);
    expect(calls).toHaveLength(3);
    expect(published).toEqual([
      { type: 'tags.set', vendor: 'prix', contractUuid },
      { type: 'signature.cancelled', vendor: 'prix', signatureUuid },
    ]);

    const refused = setUp({}, () =>
      Response.json({ ok: false, errorCode: 'NOT_FOUND_CONTRACT', message: '없음' }, { status: 404 }),
    );
    expect((await refused.proxy(setTags())).status).toBe(404);
    expect(refused.published).toEqual([]);
  });

  it('answers the mutation unchanged when publishing fails, and tells onError', async () => {
    const { proxy, fail, errors } = setUp();
    fail();
    const response = await proxy(setTags());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(errors).toEqual([expect.objectContaining({ errorCode: 'ESIGN_KIT_EVENT_NOT_PUBLISHED', status: 500 })]);
    expect(JSON.stringify(errors)).not.toContain(apiKey);
  });

  it('streams a tenant the events of what it may read, asked of authorize as the read', async () => {
    const asked: string[] = [];
    const { proxy, logs } = setUp({
      authorize: ({ operation, input }) => {
        asked.push(`${operation.id} ${JSON.stringify(input)}`);
        return operation !== findContract || (input as { uuid: string }).uuid === contractUuid ? true : 'not-found';
      },
    });
    const other = '11111111-1111-4111-8111-111111111111';
    expect((await proxy(stream(`contract=${other}`))).status).toBe(404);
    const open = await proxy(stream(`contract=${contractUuid}`));
    expect(open.status).toBe(200);
    expect(open.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(asked).toEqual([`contracts.find {"uuid":"${other}"}`, `contracts.find {"uuid":"${contractUuid}"}`]);
    const heard = readEvents(open, 1);
    await proxy(setTags());
    expect((await heard).map((envelope) => envelope.event)).toEqual([
      { type: 'tags.set', vendor: 'prix', contractUuid },
    ]);
    expect(logs.filter((log) => log.path === 'events').map((log) => log.status)).toEqual([404, 200]);
  });

  it('refuses a subject whose read is off the allowlist, or refused by its own check', async () => {
    const withoutFind = setUp({ operations: [listContractTags, setContractTags] });
    expect((await withoutFind.proxy(stream(`contract=${contractUuid}`))).status).toBe(403);
    const checked = setUp({ operations: [allow(findContract, () => false), setContractTags] });
    expect((await checked.proxy(stream(`contract=${contractUuid}`))).status).toBe(403);
    const unauthenticated = setUp({ authenticate: () => false });
    expect((await unauthenticated.proxy(stream(`contract=${contractUuid}`))).status).toBe(403);
  });

  it('lets the app decide subjects itself with events.authorizeSubject, falling back to the read', async () => {
    const asked: string[] = [];
    const { bus } = recordingBus();
    const own = setUp({
      events: {
        bus,
        watcher: false,
        authorizeSubject: ({ subject }, asRead) => {
          asked.push(`${subject.kind}:${subject.id}`);
          return subject.kind === 'signature' ? subject.id === signatureUuid || 'not-found' : asRead();
        },
      },
      operations: [allow(findContract, () => false), setContractTags],
    });
    // Its own answer for e-signatures; the read's (here refused by its check) for the contract.
    expect((await own.proxy(stream(`signature=${signatureUuid}`))).status).toBe(200);
    expect((await own.proxy(stream('signature=0f0e0d0c-0b0a-4909-8807-060504030201'))).status).toBe(404);
    expect((await own.proxy(stream(`contract=${contractUuid}`))).status).toBe(403);
    expect(asked).toEqual([
      `signature:${signatureUuid}`,
      'signature:0f0e0d0c-0b0a-4909-8807-060504030201',
      `contract:${contractUuid}`,
    ]);
    expect(() =>
      createEsignProxy({
        apiKey,
        upstream: 'https://prix.test/kit-api/v1',
        authorize: () => true,
        events: { authorizeSubject: 'yes' as never },
      }),
    ).toThrow(/authorizeSubject/);
  });

  it('is off with events: false: no stream, nothing published', async () => {
    const recorded = recordingBus();
    const proxy = createEsignProxy({
      apiKey,
      upstream: 'https://prix.test/kit-api/v1',
      publicOrigins: [app],
      authorize: () => true,
      fetch: (async () => Response.json({ ok: true })) as typeof fetch,
      events: false,
    });
    const response = await proxy(stream(`contract=${contractUuid}`));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('ESIGN_KIT_UNKNOWN_OPERATION');
    expect((await proxy(setTags())).status).toBe(200);
    expect(recorded.published).toEqual([]);
    await proxy.close();
  });

  it('mounts the Prix webhook only when verify and parse are given, refusing unverified deliveries', async () => {
    const without = setUp();
    expect((await without.proxy(new Request(`${base}/prix/webhook`, { method: 'POST', body: '{}' }))).status).toBe(404);

    const event: SigningEvent = { type: 'contract.status', vendor: 'prix', contractUuid, status: 'COMPLETED' };
    const webhookBus = recordingBus();
    const { proxy, errors } = setUp({
      events: {
        bus: webhookBus.bus,
        watcher: false,
        webhook: { verify: (request) => request.headers.get('x-test-signature') === 'good', parse: () => [event] },
      },
    });
    const deliver = (signature: string) =>
      proxy(
        new Request(`${base}/prix/webhook`, { method: 'POST', headers: { 'x-test-signature': signature }, body: '{}' }),
      );
    expect((await deliver('forged')).status).toBe(401);
    expect(errors.map((error) => error.errorCode)).toEqual(['PRIX_WEBHOOK_UNVERIFIED']);
    expect(webhookBus.published).toEqual([]);
    expect((await deliver('good')).status).toBe(200);
    expect(webhookBus.published).toEqual([event]);
  });

  it('refuses at start an operation or a half webhook on the event paths', () => {
    // An app operation on the path of the live events (schemas borrowed from a core query).
    const onEvents = defineOperation({
      id: 'app.events',
      method: 'GET',
      path: 'events',
      kind: 'query',
      summary: 'An app operation on the path of the live events.',
      input: listContractTags.input,
      data: listContractTags.data,
    });
    const base = { apiKey, upstream: 'https://prix.test/kit-api/v1', authorize: () => true };
    expect(() => createEsignProxy({ ...base, operations: [onEvents] })).toThrow(/GET events/);
    expect(() => createEsignProxy({ ...base, operations: [onEvents], events: false })).not.toThrow();
    expect(() => createEsignProxy({ ...base, events: { webhook: { verify: () => true } as never } })).toThrow(
      /verify` and `parse`/,
    );
  });

  it('close() ends open streams, refuses new ones, and closes only the bus it made', async () => {
    const { proxy, closed } = setUp();
    const open = await proxy(stream(`contract=${contractUuid}`));
    const reader = (open.body as ReadableStream<Uint8Array>).getReader();
    await proxy.close();
    for (;;) if ((await reader.read()).done) break;
    expect((await proxy(stream(`contract=${contractUuid}`))).status).toBe(503);
    expect(closed()).toBe(false);
    expect((await proxy(setTags())).status).toBe(200);
  });
});

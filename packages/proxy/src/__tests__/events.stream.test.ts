import type { SigningEvent, SigningSubject } from '@esign-kit/core/events';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventBus } from '../events/EventBus.js';
import { createEventStreamRoute, type EventStreamRouteOptions } from '../events/eventStreamRoute.js';
import { createMemoryEventBus } from '../events/memoryEventBus.js';
import { createStatusWatcher } from '../events/statusWatcher.js';
import { eventually, openSse, serveOnLoopback } from './eventsClient.js';

// The SSE route over real loopback HTTP (the proxy's Node adapter, fetch as the client).
const contractA = '11111111-1111-4111-8111-111111111111';
const contractB = '22222222-2222-4222-8222-222222222222';
const signatureA = '33333333-3333-4333-8333-333333333333';

const status = (contractUuid: string, value: string): SigningEvent => ({
  type: 'contract.status',
  vendor: 'prix',
  contractUuid,
  status: value,
});

/** A memory bus that counts its live listeners, so cleanup can be seen from outside. */
function countingBus(bus: EventBus = createMemoryEventBus()) {
  let listeners = 0;
  let subscribes = 0;
  const counted: EventBus = {
    ...bus,
    async subscribe(listener) {
      subscribes++;
      listeners++;
      const stop = await bus.subscribe(listener);
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        listeners--;
        stop();
      };
    },
  };
  return { bus: counted, listeners: () => listeners, subscribes: () => subscribes };
}

/** Tenants by the `x-tenant` header: tenant a owns contract A and signature A, tenant b contract B. */
const owned: Record<string, string[]> = { a: [contractA, signatureA], b: [contractB] };
const byTenant: EventStreamRouteOptions['authorizeSubject'] = ({ request, subject }) =>
  owned[request.headers.get('x-tenant') ?? '']?.includes(subject.id) ? true : 'not-found';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function start(options: Partial<EventStreamRouteOptions> & { bus: EventBus }) {
  const route = createEventStreamRoute({ authorizeSubject: byTenant, ...options });
  const server = await serveOnLoopback(route);
  closers.push(() => server.close());
  return (query: string, headers: Record<string, string> = { 'x-tenant': 'a' }) =>
    openSse(`${server.url}/api/esign/events?${query}`, headers).then((client) => {
      closers.push(() => client.close());
      return client;
    });
}

describe('authorization per subscription', () => {
  it('refuses a subject authorizeSubject denies with 404 / 403, before any stream or subscription', async () => {
    const counting = countingBus();
    const asked: SigningSubject[] = [];
    const open = await start({
      bus: counting.bus,
      authorizeSubject: (context) => {
        asked.push(context.subject);
        return context.subject.id === contractB ? false : byTenant(context);
      },
    });
    const hidden = await open(`contract=${contractA}&signature=${signatureA}&workflow=wf-9`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(hidden.body ?? '')).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_NOT_FOUND' });
    const forbidden = await open(`contract=${contractA}&contract=${contractB}`);
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.body ?? '')).toMatchObject({ errorCode: 'ESIGN_KIT_FORBIDDEN' });
    expect(asked).toContainEqual({ kind: 'workflow', id: 'wf-9' });
    expect(counting.subscribes()).toBe(0);
  });

  it('asks authenticate first, and refuses malformed or missing subjects with issues', async () => {
    const counting = countingBus();
    const open = await start({
      bus: counting.bus,
      authenticate: (request) => request.headers.get('x-tenant') !== null,
    });
    expect((await open(`contract=${contractA}`, {})).status).toBe(403);
    const malformed = await open('contract=not-a-uuid&workflow=a%20b');
    expect(malformed.status).toBe(400);
    const body = JSON.parse(malformed.body ?? '') as { errorCode: string; issues: { path: string }[] };
    expect(body.errorCode).toBe('ESIGN_KIT_INVALID_INPUT');
    expect(body.issues.map((issue) => issue.path).sort()).toEqual(['contract', 'workflow']);
    expect((await open('')).status).toBe(400);
    expect(counting.subscribes()).toBe(0);
  });

  it('fails closed when authorizeSubject throws (500, told to onError), and answers only GET', async () => {
    const counting = countingBus();
    const errors: unknown[] = [];
    const route = createEventStreamRoute({
      bus: counting.bus,
      authorizeSubject: () => {
        throw new Error('session store down');
      },
      onError: (error) => errors.push(error),
    });
    const server = await serveOnLoopback(route);
    closers.push(() => server.close());
    const failed = await openSse(`${server.url}/events?contract=${contractA}`);
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body ?? '')).toMatchObject({ errorCode: 'ESIGN_KIT_INTERNAL' });
    expect(errors).toHaveLength(1);
    const posted = await fetch(`${server.url}/events?contract=${contractA}`, { method: 'POST' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET');
    expect(counting.subscribes()).toBe(0);
  });

  it("never sends another tenant's events on an open stream", async () => {
    const bus = createMemoryEventBus();
    const open = await start({ bus });
    const tenantA = await open(`contract=${contractA}`);
    const tenantB = await open(`contract=${contractB}`, { 'x-tenant': 'b' });
    expect(tenantA.status).toBe(200);
    expect(tenantA.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    await tenantA.waitFor((frame) => frame.id !== undefined);
    await tenantB.waitFor((frame) => frame.id !== undefined);
    await bus.publish(status(contractB, 'CONCLUDED'));
    await bus.publish({ type: 'tags.set', vendor: 'prix', contractUuid: contractB });
    await bus.publish({
      type: 'participant.status',
      vendor: 'prix',
      signatureUuid: '44444444-4444-4444-8444-444444444444',
      participantUuid: '55555555-5555-4555-8555-555555555555',
      contractUuid: contractB,
      status: 'DONE',
    });
    await bus.publish(status(contractA, 'CREATED'));
    // A's own event arrives after B's three: had any of B's been sent to A, it would be before it.
    const [onlyEvent] = await tenantA.waitForEvents(1);
    expect(onlyEvent?.event).toEqual(status(contractA, 'CREATED'));
    expect((await tenantB.waitForEvents(3)).map((envelope) => envelope.event.type)).toEqual([
      'contract.status',
      'tags.set',
      'participant.status',
    ]);
    await bus.publish(status(contractA, 'CONCLUDED'));
    await tenantA.waitForEvents(2);
    expect(tenantA.envelopes().every((envelope) => envelope.event.type === 'contract.status')).toBe(true);
    expect(tenantA.envelopes().map((envelope) => (envelope.event as { contractUuid: string }).contractUuid)).toEqual([
      contractA,
      contractA,
    ]);
  });
});

describe('resume', () => {
  it('resumes from Last-Event-ID with every missed event once, while events keep coming', async () => {
    // Reading the backlog takes a while (as a Redis round trip does): events published meanwhile
    // are both in it and among those that arrived live, and must still be sent once.
    const memory = createMemoryEventBus();
    const bus: EventBus = {
      ...memory,
      since: (id) => new Promise((resolve) => setTimeout(() => resolve(memory.since(id)), 30)),
    };
    const open = await start({ bus });
    const first = await open(`contract=${contractA}`);
    await first.waitFor((frame) => frame.id !== undefined);
    for (let index = 0; index < 3; index++) await bus.publish(status(contractA, `S${index}`));
    await first.waitForEvents(3);
    const lastSeen = first.lastEventId() as string;
    first.close();
    await first.ended;
    // Missed while away, and more published while the next connection is being set up.
    for (let index = 3; index < 6; index++) await bus.publish(status(contractA, `S${index}`));
    let publishing = true;
    let next = 6;
    const background = (async () => {
      while (publishing) {
        await bus.publish(status(contractA, `S${next++}`));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    const second = await open(`contract=${contractA}`, { 'x-tenant': 'a', 'last-event-id': lastSeen });
    await second.waitForEvents(10);
    publishing = false;
    await background;
    await bus.publish(status(contractA, 'last'));
    await second.waitFor((frame) => frame.data?.includes('"last"') ?? false);
    const seen = [...first.envelopes(), ...second.envelopes()].map(
      (envelope) => (envelope.event as { status: string }).status,
    );
    const expected = [...Array.from({ length: next }, (_, index) => `S${index}`), 'last'];
    expect(seen).toEqual(expected);
    const ids = [...first.envelopes(), ...second.envelopes()].map((envelope) => envelope.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a fresh stream its position, so a reconnect misses nothing published meanwhile', async () => {
    const bus = createMemoryEventBus();
    await bus.publish(status(contractA, 'before'));
    const open = await start({ bus });
    const first = await open(`contract=${contractA}`);
    const position = await first.waitFor((frame) => frame.id !== undefined && frame.data === undefined);
    expect(first.frames[0]?.retry).toBe('3000');
    first.close();
    await bus.publish(status(contractA, 'while away'));
    const second = await open(`contract=${contractA}&lastEventId=${position.id}`);
    const [missed] = await second.waitForEvents(1);
    expect(missed?.event).toEqual(status(contractA, 'while away'));
  });

  it('sends event: reset when the position fell out of retention (or is unknown), then goes on live', async () => {
    const bus = createMemoryEventBus({ retention: { maxEvents: 3 } });
    const open = await start({ bus });
    const first = await open(`contract=${contractA}`);
    await bus.publish(status(contractA, 'seen'));
    await first.waitForEvents(1);
    const lastSeen = first.lastEventId() as string;
    first.close();
    for (let index = 0; index < 5; index++) await bus.publish(status(contractA, `lost${index}`));
    const second = await open(`contract=${contractA}`, { 'x-tenant': 'a', 'last-event-id': lastSeen });
    const reset = await second.waitFor((frame) => frame.event === 'reset');
    expect(second.envelopes()).toEqual([]);
    await bus.publish(status(contractA, 'live'));
    const [live] = await second.waitForEvents(1);
    expect(live?.event).toEqual(status(contractA, 'live'));
    expect(reset.id).toBeDefined();
    // A position from another stream (a restarted proxy) is a reset too, never a wrong resume.
    const foreign = await open(`contract=${contractA}`, { 'x-tenant': 'a', 'last-event-id': 'zz00-2' });
    await foreign.waitFor((frame) => frame.event === 'reset');
  });
});

describe('keeping and closing streams', () => {
  it('sends heartbeat comments while idle', async () => {
    const open = await start({ bus: createMemoryEventBus(), heartbeatMs: 25 });
    const client = await open(`contract=${contractA}`);
    await client.waitFor(
      (_, index) => client.frames.filter((frame) => frame.comment === 'ping').length >= 3 && index >= 0,
    );
    expect(client.envelopes()).toEqual([]);
  });

  it('cuts off a client that stopped reading, keeping its resume readable', async () => {
    const counting = countingBus();
    const memory = counting.bus;
    for (let index = 0; index < 8; index++) await memory.publish(status(contractA, `old${index}`));
    // Called in-process: nothing reads the body, as with a stalled client.
    const route = createEventStreamRoute({ bus: memory, authorizeSubject: () => true, maxQueuedEvents: 5 });
    const response = await route(new Request(`http://127.0.0.1/events?contract=${contractA}&lastEventId=%20`));
    expect(response.status).toBe(400); // a blank lastEventId is no position
    const resumed = await route(
      new Request(`http://127.0.0.1/events?contract=${contractA}`, {
        headers: { 'last-event-id': (await memory.head()).replace(/-\d+$/, '-0') },
      }),
    );
    expect(resumed.status).toBe(200);
    expect(counting.listeners()).toBe(1); // the 8 resumed events did not count against it
    for (let index = 0; index < 4; index++) await memory.publish(status(contractA, `new${index}`));
    expect(counting.listeners()).toBe(1);
    for (let index = 0; index < 4; index++) await memory.publish(status(contractA, `more${index}`));
    expect(counting.listeners()).toBe(0);
    // What was queued before the cut is still delivered, then the stream ends.
    const text = await resumed.text();
    expect(text).toContain('"old0"');
    expect(text).toContain('"new0"');
    expect(text).not.toContain('"more3"');
  });

  it('unsubscribes and releases its watches when the client goes away', async () => {
    const counting = countingBus();
    const watcher = createStatusWatcher({
      bus: counting.bus,
      fetchStatus: async ({ contractUuid }) => ({ contractUuid, status: 'CREATED' }),
      intervals: { idleMs: 60_000 },
    });
    closers.push(() => watcher.close());
    const open = await start({ bus: counting.bus, watcher, heartbeatMs: 20 });
    const clients = await Promise.all([
      open(`contract=${contractA}`),
      open(`contract=${contractA}&signature=${signatureA}`),
    ]);
    await Promise.all(clients.map((client) => client.waitFor((frame) => frame.id !== undefined)));
    expect(counting.listeners()).toBe(2);
    expect(watcher.size).toBe(1);
    clients[0]?.close();
    await eventually(() => counting.listeners() === 1);
    expect(watcher.size).toBe(1);
    clients[1]?.close();
    await eventually(() => counting.listeners() === 0 && watcher.size === 0);
  });
});

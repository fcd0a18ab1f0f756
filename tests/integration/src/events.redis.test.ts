import type { SigningEvent } from '@esign-kit/core/events';
import { createEventStreamRoute, createMemoryEventBus, type EventBus } from '@esign-kit/proxy';
import { createRedisEventBus } from '@esign-kit/proxy/redis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventually, openSse, serveOnLoopback } from '../../../packages/proxy/src/__tests__/eventsClient.js';
import { type RedisTestServer, startRedisServer } from '../../../packages/proxy/src/__tests__/redisServer.js';

// Two proxy instances, each with its own Redis event bus (its own connections), sharing one
// real redis-server: an event published on one reaches screens connected to the other, and a
// screen resumes on either with the position the other gave it.
const contract = '11111111-1111-4111-8111-111111111111';
const status = (value: string): SigningEvent => ({
  type: 'contract.status',
  vendor: 'prix',
  contractUuid: contract,
  status: value,
});
const statusOf = (event: SigningEvent) => (event as { status: string }).status;

let redis: RedisTestServer;
const closers: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.close();
});
beforeEach(async () => {
  await redis.flush();
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** An instance: its bus on its own connection, its SSE route on its own port. */
async function instance(retention?: { maxEvents: number }) {
  const bus = createRedisEventBus({
    client: redis.connect(),
    key: 'test:events',
    ...(retention ? { retention } : {}),
    blockMs: 500,
  });
  closers.push(() => bus.close());
  const server = await serveOnLoopback(createEventStreamRoute({ bus, authorizeSubject: () => true }));
  closers.push(() => server.close());
  const open = async (headers: Record<string, string> = {}) => {
    const client = await openSse(`${server.url}/events?contract=${contract}`, headers);
    closers.push(() => client.close());
    return client;
  };
  return { bus, open };
}

describe('Redis event bus, two instances', () => {
  it('delivers an event published on A to a subscriber of B (and of A), once each', async () => {
    const [a, b] = [await instance(), await instance()];
    const onB = await b.open();
    const onA = await a.open();
    await Promise.all([onA, onB].map((client) => client.waitFor((frame) => frame.id !== undefined)));
    await a.bus.publish(status('from A'));
    await b.bus.publish(status('from B'));
    for (const client of [onA, onB]) {
      expect((await client.waitForEvents(2)).map((envelope) => statusOf(envelope.event))).toEqual(['from A', 'from B']);
    }
    await a.bus.publish(status('last'));
    await onB.waitForEvents(3);
    expect(onB.envelopes()).toHaveLength(3);
  });

  it('resumes on B from the position A gave, without loss or repeat', async () => {
    const [a, b] = [await instance(), await instance()];
    const first = await a.open();
    await first.waitFor((frame) => frame.id !== undefined);
    await a.bus.publish(status('1'));
    await b.bus.publish(status('2'));
    await first.waitForEvents(2);
    first.close();
    await a.bus.publish(status('3'));
    await b.bus.publish(status('4'));
    const second = await b.open({ 'last-event-id': first.lastEventId() as string });
    await second.waitForEvents(2);
    await a.bus.publish(status('5'));
    await second.waitForEvents(3);
    const seen = [...first.envelopes(), ...second.envelopes()];
    expect(seen.map((envelope) => statusOf(envelope.event))).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(seen.map((envelope) => envelope.id)).size).toBe(5);
  });

  it("answers 'gone' (event: reset) once Redis trimmed past the position, and for a flushed stream", async () => {
    const a = await instance({ maxEvents: 5 });
    const first = await a.bus.publish(status('first'));
    // Approximate trimming drops whole blocks of 100 entries: publish enough for one to go.
    for (let index = 0; index < 250; index++) await a.bus.publish(status(`n${index}`));
    expect(await a.bus.since(first.id)).toBe('gone');
    const newest = await a.bus.head();
    expect(await a.bus.since(newest)).toEqual([]);
    const client = await a.open({ 'last-event-id': first.id });
    await client.waitFor((frame) => frame.event === 'reset');
    expect(client.envelopes()).toEqual([]);
    await redis.flush();
    expect(await a.bus.since(newest)).toBe('gone');
    expect(await a.bus.since('not-an-id')).toBe('gone');
  });

  it('skips stream entries that are not events, and a memory bus knows nothing of Redis positions', async () => {
    const a = await instance();
    const heard: string[] = [];
    await a.bus.subscribe((envelope) => heard.push(statusOf(envelope.event)));
    const raw = redis.connect();
    await raw.xadd(
      'test:events',
      '*',
      'e',
      JSON.stringify({ at: 'x', event: { type: 'contract.status', email: 'kim@example.com' } }),
    );
    await a.bus.publish(status('real'));
    await eventually(() => heard.length > 0);
    expect(heard).toEqual(['real']);
    const memory: EventBus = createMemoryEventBus();
    expect(await memory.since((await a.bus.head()) as string)).toBe('gone');
  });
});

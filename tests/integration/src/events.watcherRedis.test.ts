import { createEsignProxy } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { createRedisEventBus, createRedisStore } from '@esign-kit/proxy/redis';
import { type RunningSandbox, seedIds, startSandbox } from '@esign-kit/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually, openSse, type SseClient } from '../../../packages/proxy/src/__tests__/eventsClient.js';
import { type RedisTestServer, startRedisServer } from '../../../packages/proxy/src/__tests__/redisServer.js';
import { listen, sandboxKey } from './servers.js';

// Two createEsignProxy instances over loopback sharing one real redis-server (the store and the
// event bus), both polling Prix (the real sandbox) for screens on one contract: between them
// they read it about once per interval, not once per instance, and a signature is told once to
// the screens of both.
const { contractUuid, emailParticipantUuid, phoneParticipantUuid } = seedIds.mou;
const pageOpenMs = 300;

let sandbox: RunningSandbox;
let redis: RedisTestServer;
const instances: string[] = [];
const closers: (() => Promise<void> | void)[] = [];
const screens: SseClient[] = [];

beforeAll(async () => {
  [sandbox, redis] = await Promise.all([startSandbox({ port: 0, apiKey: sandboxKey }), startRedisServer()]);
  for (let index = 0; index < 2; index++) {
    const bus = createRedisEventBus({ client: redis.connect(), key: 'test:watcher-events', blockMs: 500 });
    const proxy = createEsignProxy({
      apiKey: sandboxKey,
      upstream: sandbox.upstream,
      authorize: () => true,
      store: createRedisStore({ client: redis.connect() }),
      events: { bus, watcher: { pageOpenMs, idleMs: 60_000 }, heartbeatMs: 1000 },
    });
    const server = await listen(toNodeListener(proxy));
    instances.push(`${server.url}/api/esign/events`);
    closers.push(
      () => server.close(),
      () => proxy.close(),
      () => bus.close(),
    );
  }
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await Promise.all([sandbox?.close(), redis?.close()]);
});
afterEach(() => {
  for (const screen of screens.splice(0)) screen.close();
});

const finds = () => sandbox.sandbox.state.requests.filter((request) => request.path.endsWith('/contracts/find'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('status watchers of two proxies sharing Redis, on the sandbox', () => {
  it('read a watched contract about once per interval between them, and tell a signature once on both', async () => {
    const opened = await Promise.all(
      instances.flatMap((url) =>
        Array.from({ length: 5 }, () => openSse(`${url}?contract=${contractUuid}&pageOpen=1`)),
      ),
    );
    screens.push(...opened);
    await Promise.all(opened.map((screen) => screen.waitFor((frame) => frame.id !== undefined)));
    await eventually(() => finds().length >= 2); // the baseline, then a read

    // Counted over a window of whole intervals: each instance alone would read once per
    // interval, so two without sharing would make about twice the count allowed here.
    const before = finds().length;
    const started = Date.now();
    await sleep(pageOpenMs * 12);
    const reads = finds().length - before;
    const intervals = (Date.now() - started) / pageOpenMs;
    expect(reads).toBeGreaterThanOrEqual(Math.floor(intervals / 2));
    expect(reads).toBeLessThanOrEqual(Math.ceil(intervals) + 2);

    sandbox.sandbox.control.advanceParticipant(emailParticipantUuid, 'sign');
    const heard = await Promise.all(opened.map((screen) => screen.waitForEvents(2, 5000)));
    for (const events of heard) {
      expect(events.map((envelope) => envelope.event)).toEqual([
        expect.objectContaining({ type: 'participant.status', participantUuid: emailParticipantUuid, status: 'DONE' }),
        expect.objectContaining({
          type: 'participant.status',
          participantUuid: phoneParticipantUuid,
          status: 'WAITING',
        }),
      ]);
    }
    // Whichever instance reads next compares with the last read by either: nothing is told twice.
    await sleep(pageOpenMs * 5);
    for (const screen of opened) expect(screen.envelopes()).toHaveLength(2);
    const [first] = opened;
    for (const screen of opened) expect(screen.envelopes()).toEqual(first?.envelopes());
    expect(sandbox.sandbox.state.reminders).toEqual([]);
  }, 20_000);
});

import { createEsignProxy, createMemoryStore, type ProxyStore } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { createRedisStore } from '@esign-kit/proxy/redis';
import { type RunningSandbox, startSandbox } from '@esign-kit/sandbox';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RedisTestServer, startRedisServer } from '../../../packages/proxy/src/__tests__/redisServer.js';
import { listen, sandboxKey } from './servers.js';

// Two proxy instances behind one imaginary load balancer, sharing one real redis-server, in
// front of one real sandbox: what a retry or a rate limit looks like with several instances.
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';
const reminderLimit = 3;

let redis: RedisTestServer;
let sandbox: RunningSandbox;
const servers: { close(): Promise<void> }[] = [];

/** A proxy instance on its own port, with its own store handle (its own Redis connection). */
async function startInstance(store: ProxyStore): Promise<string> {
  const proxy = createEsignProxy({
    apiKey: sandboxKey,
    upstream: sandbox.upstream,
    authorize: () => true,
    store,
    rateLimits: { 'signatures.send': { limit: reminderLimit, windowMs: 60_000 } },
  });
  const server = await listen(toNodeListener(proxy));
  servers.push(server);
  return `${server.url}/api/esign`;
}

let instanceA: string;
let instanceB: string;
beforeAll(async () => {
  redis = await startRedisServer();
  sandbox = await startSandbox({ port: 0, apiKey: sandboxKey });
  instanceA = await startInstance(createRedisStore({ client: redis.connect() }));
  instanceB = await startInstance(createRedisStore({ client: redis.connect() }));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await sandbox?.close();
  await redis?.close();
});
beforeEach(async () => {
  await redis.flush();
  sandbox.sandbox.reset();
});

const sendReminder = (instance: string, headers: Record<string, string> = {}, body: object = { participantUuid }) =>
  fetch(`${instance}/signatures/${signatureUuid}/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
/** The reminders the sandbox says it sent, read through its control surface. */
async function remindersSent(): Promise<number> {
  const response = await fetch(`${sandbox.url}/__sandbox/reminders`);
  const { data } = (await response.json()) as { data: { reminders: unknown[] } };
  return data.reminders.length;
}

describe('two proxy instances sharing a Redis store', () => {
  it('answers a retry that lands on the other instance from the first answer, sending once', async () => {
    const key = { 'idempotency-key': `action-${crypto.randomUUID()}` };
    const first = await sendReminder(instanceA, key);
    const retried = await sendReminder(instanceB, key);
    expect(first.status).toBe(200);
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(await retried.json()).toEqual(await first.json());
    expect(await remindersSent()).toBe(1);
  });

  it('sends once when the same action reaches both instances at the same moment', async () => {
    const key = { 'idempotency-key': `action-${crypto.randomUUID()}` };
    const answers = await Promise.all([
      sendReminder(instanceA, key),
      sendReminder(instanceB, key),
      sendReminder(instanceA, key),
      sendReminder(instanceB, key),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')).toHaveLength(3);
    expect(await remindersSent()).toBe(1);
  });

  it('refuses on one instance a key the other used for a different reminder', async () => {
    const key = { 'idempotency-key': `action-${crypto.randomUUID()}` };
    expect((await sendReminder(instanceA, key)).status).toBe(200);
    const reused = await sendReminder(instanceB, key, { participantUuid, type: 'DONE' });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ errorCode: 'ESIGN_KIT_IDEMPOTENCY_MISMATCH' });
    expect(await remindersSent()).toBe(1);
  });

  it('counts the reminder rate limit across both instances: 429 on whichever goes over', async () => {
    const statuses = [];
    for (const instance of [instanceA, instanceB, instanceA]) statuses.push((await sendReminder(instance)).status);
    expect(statuses).toEqual([200, 200, 200]); // each instance alone is under the limit of 3
    const over = await sendReminder(instanceB);
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_RATE_LIMITED' });
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await sendReminder(instanceA)).status).toBe(429);
    expect(await remindersSent()).toBe(reminderLimit);
  });

  it('fails closed while Redis is unreachable: a mutation answers 500 unsent, a query still works', async () => {
    const lost = redis.connect();
    await lost.quit(); // every command on it now rejects, as during an outage
    const instance = await startInstance(createRedisStore({ client: lost }));
    const reminder = await sendReminder(instance, { 'idempotency-key': `action-${crypto.randomUUID()}` });
    expect(reminder.status).toBe(500);
    expect(await reminder.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_INTERNAL' });
    expect((await sendReminder(instance)).status).toBe(500); // no key: the rate limit cannot be counted
    expect(await remindersSent()).toBe(0);
    expect((await fetch(`${instance}/credit-usages/status`)).status).toBe(200);
  });

  it('(without a shared store, the same retry would send twice: what the Redis store prevents)', async () => {
    const separateA = await startInstance(createMemoryStore());
    const separateB = await startInstance(createMemoryStore());
    const key = { 'idempotency-key': `action-${crypto.randomUUID()}` };
    await sendReminder(separateA, key);
    const retried = await sendReminder(separateB, key);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(await remindersSent()).toBe(2);
  });
});

import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedisStore } from '../redis.js';
import { ProxyStoreBusyError } from '../store/storeBusyError.js';
import { type RedisTestServer, startRedisServer } from './redisServer.js';

// What only the Redis store has to get right (the shared contract is in storeContract.test.ts).
let redis: RedisTestServer;
let raw: Redis;
beforeAll(async () => {
  redis = await startRedisServer();
  raw = redis.connect();
});
afterAll(() => redis?.close());
beforeEach(() => redis.flush());

describe('createRedisStore', () => {
  it('writes every key under its prefix, so apps sharing a Redis stay apart', async () => {
    const admin = createRedisStore({ client: redis.connect(), prefix: 'admin:' });
    const shop = createRedisStore({ client: redis.connect(), prefix: 'shop:' });
    await admin.set('esign-kit:idem:k', 'from admin', 5000);
    await admin.increment('esign-kit:rate:k', 5000);
    expect(await raw.get('admin:esign-kit:idem:k')).toBe('from admin');
    expect(await raw.get('admin:esign-kit:rate:k')).toBe('1');
    expect(await shop.get('esign-kit:idem:k')).toBeUndefined();
    expect(await shop.setIfAbsent('esign-kit:idem:k', 'from shop', 5000)).toBe(true);
    expect((await shop.increment('esign-kit:rate:k', 5000)).count).toBe(1);
    await shop.delete('esign-kit:idem:k');
    expect(await admin.get('esign-kit:idem:k')).toBe('from admin');
  });

  it('gives values a real Redis expiry (nothing is kept forever)', async () => {
    const store = createRedisStore({ client: redis.connect() });
    await store.set('a', 'v', 60_000);
    await store.setIfAbsent('b', 'v', 60_000);
    await store.increment('c', 60_000);
    for (const key of ['a', 'b', 'c']) {
      const ttl = await raw.pttl(key);
      expect(ttl).toBeGreaterThan(59_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('keeps counting after the server forgot the script (restart, SCRIPT FLUSH), sending it only then', async () => {
    const sent: string[] = [];
    const spied = new Proxy(redis.connect(), {
      get(target, name, receiver) {
        if (name === 'eval' || name === 'evalsha') sent.push(name);
        return Reflect.get(target, name, receiver);
      },
    });
    const store = createRedisStore({ client: spied });
    await raw.script('FLUSH'); // other tests in this file loaded it already
    expect((await store.increment('rate', 5000)).count).toBe(1);
    expect((await store.increment('rate', 5000)).count).toBe(2);
    await raw.script('FLUSH');
    expect((await store.increment('rate', 5000)).count).toBe(3);
    expect((await store.increment('rate', 5000)).count).toBe(4);
    // Unknown at first and after the flush: one full send each time, then the hash again.
    expect(sent).toEqual(['evalsha', 'eval', 'evalsha', 'evalsha', 'eval', 'evalsha']);
  });

  it('gives a counter left without an expiry one, instead of limiting forever', async () => {
    const store = createRedisStore({ client: redis.connect() });
    await raw.set('rate', '7'); // e.g. written by hand while debugging
    const result = await store.increment('rate', 5000);
    expect(result).toEqual({ count: 8, resetInMs: 5000 });
    expect(await raw.pttl('rate')).toBeGreaterThan(4000);
  });

  it('accepts TTLs Redis itself would refuse (0, fractions) as the shortest it can keep', async () => {
    const store = createRedisStore({ client: redis.connect() });
    await expect(store.set('a', 'v', 0)).resolves.toBeUndefined();
    expect(await store.setIfAbsent('b', 'v', 0.4)).toBe(true);
    expect((await store.increment('c', 2.5)).resetInMs).toBeLessThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([await store.get('a'), await store.get('b')]).toEqual([undefined, undefined]);
  });

  it("rejects with Redis's error rather than guessing (the proxy answers 500, it never skips a limit)", async () => {
    const store = createRedisStore({ client: redis.connect() });
    await raw.set('rate', 'not a number');
    await expect(store.increment('rate', 5000)).rejects.toThrow(/not an integer/);
  });
});

describe('createRedisStore at maxmemory (noeviction)', () => {
  it('turns Redis refusing writes into ProxyStoreBusyError, never into a lost counter', async () => {
    const store = createRedisStore({ client: redis.connect() });
    await store.increment('live', 60_000);
    const used = Number(/used_memory:(\d+)/.exec(await raw.info('memory'))?.[1]);
    await raw.config('SET', 'maxmemory-policy', 'noeviction');
    await raw.config('SET', 'maxmemory', String(Math.max(1, used - 1024 * 1024)));
    try {
      await expect(store.setIfAbsent('new-record', 'pending', 60_000)).rejects.toBeInstanceOf(ProxyStoreBusyError);
      await expect(store.set('new-record', 'done', 60_000)).rejects.toMatchObject({ retryAfterSeconds: 30 });
      await expect(store.increment('live', 60_000)).rejects.toBeInstanceOf(ProxyStoreBusyError);
    } finally {
      await raw.config('SET', 'maxmemory', '0');
    }
    expect(await store.increment('live', 60_000)).toMatchObject({ count: 2 }); // still there
  });
});

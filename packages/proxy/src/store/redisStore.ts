import type { ProxyStore } from './ProxyStore.js';
import type { RedisStoreClient } from './redisClient.js';
import { incrementInWindow } from './redisScript.js';
import { ProxyStoreBusyError } from './storeBusyError.js';

/** How long a client is told to wait when Redis refuses writes at `maxmemory`. */
const busyRetryAfterSeconds = 30;

/**
 * Redis at `maxmemory` under `noeviction` refuses writes with an `OOM …` error: a
 * {@link ProxyStoreBusyError} for the proxy (503 and Retry-After, nothing sent to Prix).
 */
async function orBusy<T>(command: Promise<T>): Promise<T> {
  try {
    return await command;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('OOM ')) {
      throw new ProxyStoreBusyError(`createRedisStore: ${error.message}`, busyRetryAfterSeconds);
    }
    throw error;
  }
}

/**
 * Options of {@link createRedisStore}.
 *
 * @example
 * ```ts
 * const options: RedisStoreOptions = { client: new Redis(process.env.REDIS_URL!), prefix: 'admin:' }
 * ```
 */
export interface RedisStoreOptions {
  /** Your connected client: an ioredis `Redis` or `Cluster` (anything with the commands of {@link RedisStoreClient}). */
  client: RedisStoreClient;
  /**
   * Put in front of every key, to keep several apps or environments apart on one Redis. The
   * proxy's own keys already start with `esign-kit:`.
   * @default ''
   */
  prefix?: string;
}

/**
 * A {@link ProxyStore} in Redis, for several proxy instances behind a load balancer: a retried
 * mutation that lands on another instance is still answered from the first one's record, and a
 * rate limit counts the calls of every instance together.
 *
 * Each method is one atomic Redis command or script: `setIfAbsent` is `SET … PX … NX`, and
 * `increment` a fixed-window counter (`INCR`, and `PEXPIRE` only when the key is new). TTLs are
 * whole milliseconds, at least 1. The client stays yours: connect it, and `quit()` it on shutdown.
 *
 * Run that Redis with `maxmemory-policy noeviction`: every other policy may drop live rate-limit
 * counters and idempotency records (they all carry a TTL), which resets limits and lets retries
 * act twice. At `maxmemory` under `noeviction` Redis refuses writes
 * (`OOM command not allowed…`), and the proxy answers 503 `ESIGN_KIT_BUSY` instead.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * import { createEsignProxy } from '@esign-kit/proxy'
 * import { createRedisStore } from '@esign-kit/proxy/redis'
 *
 * const proxy = createEsignProxy({
 *   apiKey: process.env.PRIX_API_KEY!,
 *   upstream: 'https://api.prix.im/kit-api/v1',
 *   authorize: ({ request }) => isSignedIn(request),
 *   store: createRedisStore({ client: new Redis(process.env.REDIS_URL!), prefix: 'admin:' }),
 * })
 * ```
 */
export function createRedisStore(options: RedisStoreOptions): ProxyStore {
  const { client, prefix = '' } = options;
  const keyOf = (key: string) => `${prefix}${key}`;
  // Redis refuses `PX 0` and fractions; the memory store treats such a TTL as "expires at once".
  const milliseconds = (ttlMs: number) => Math.max(1, Math.ceil(ttlMs));

  return {
    increment: (key, ttlMs) => orBusy(incrementInWindow(client, keyOf(key), milliseconds(ttlMs))),
    async setIfAbsent(key, value, ttlMs) {
      return (await orBusy(client.set(keyOf(key), value, 'PX', milliseconds(ttlMs), 'NX'))) === 'OK';
    },
    async get(key) {
      return (await client.get(keyOf(key))) ?? undefined;
    },
    async set(key, value, ttlMs) {
      await orBusy(client.set(keyOf(key), value, 'PX', milliseconds(ttlMs)));
    },
    async delete(key) {
      await client.del(keyOf(key));
    },
  };
}

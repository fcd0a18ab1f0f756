/**
 * The few Redis commands {@link createRedisStore} sends, typed by shape so any ioredis `Redis`
 * or `Cluster` instance fits (and so `@esign-kit/proxy` never imports ioredis itself: it is an
 * optional peer, needed only by apps that use this store).
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * import type { RedisStoreClient } from '@esign-kit/proxy/redis'
 *
 * const client: RedisStoreClient = new Redis(process.env.REDIS_URL!)
 * ```
 */
export interface RedisStoreClient {
  get(key: string): Promise<string | null>;
  /** `SET key value PX ms`: replaces the value with a new expiry. */
  set(key: string, value: string, millisecondsToken: 'PX', milliseconds: number): Promise<unknown>;
  /** `SET key value PX ms NX`: `'OK'` when stored, `null` when the key was already there. */
  set(key: string, value: string, millisecondsToken: 'PX', milliseconds: number, nx: 'NX'): Promise<'OK' | null>;
  del(...keys: string[]): Promise<number>;
  /** Runs a cached Lua script by its SHA-1; rejects with `NOSCRIPT` when this server has not seen it. */
  evalsha(sha1: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
  eval(script: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
}

/**
 * Where the proxy keeps what must outlive one request: idempotency records and rate-limit
 * counters. In memory by default ({@link createMemoryStore}); share one store (e.g. Redis, see
 * `@esign-kit/proxy/redis`) between proxy instances so a retry that lands on another instance
 * is still recognised.
 *
 * Every method must be atomic on its own: two instances calling `setIfAbsent` on the same key at
 * once must see exactly one `true`. A store must never drop a live entry to make room (that
 * would reset a rate limit or let a retry act twice): when it cannot take a write, it throws
 * `ProxyStoreBusyError`, and the proxy answers 503 without calling Prix.
 */
export interface ProxyStore {
  /**
   * Adds one to the counter at `key`, creating it at 1 with `ttlMs` to live (the window does not
   * move on later increments). Resolves to the new count and the milliseconds until it expires.
   */
  increment(key: string, ttlMs: number): Promise<{ count: number; resetInMs: number }>;
  /** Stores `value` at `key` only if nothing is there. Resolves to whether it stored it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** The value at `key`, or `undefined` when there is none (or it expired). */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` at `key`, replacing what was there, for `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

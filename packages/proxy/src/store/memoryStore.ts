import type { ProxyStore } from './ProxyStore.js';
import { ProxyStoreBusyError } from './storeBusyError.js';

interface Entry {
  value: string;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  /** The clock, for tests. @default Date.now */
  now?: () => number;
  /**
   * Live entries kept at most, so a flood of keys cannot exhaust memory. When full, expired
   * entries are dropped; if none has expired, a new key is refused with
   * {@link ProxyStoreBusyError} (the proxy answers 503) rather than a live one forgotten.
   * @default 100000
   */
  maxEntries?: number;
}

/**
 * A {@link ProxyStore} in this process's memory: right for one proxy instance. Expired entries
 * are dropped when touched, and all at once when the store is full.
 *
 * It never evicts a live entry: forgetting a rate-limit counter would reset the limit, and
 * forgetting an idempotency record would let a retry act twice. Under a flood of new keys it
 * refuses the new ones instead ({@link ProxyStoreBusyError}), until the oldest windows expire;
 * counters and records already stored keep working.
 *
 * @example
 * ```ts
 * createEsignProxy({ apiKey, upstream, authorize, store: createMemoryStore({ maxEntries: 50_000 }) })
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): ProxyStore {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 100_000;
  if (!(Number.isInteger(maxEntries) && maxEntries > 0)) {
    throw new TypeError('createMemoryStore: `maxEntries` must be a positive integer.');
  }
  const entries = new Map<string, Entry>();
  // When the store is full and nothing has expired, the time its first entry expires: until
  // then a sweep cannot free anything, so a flood is refused without scanning the map each time.
  let nothingExpiresBefore = 0;

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const makeRoom = () => {
    const at = now();
    if (at < nothingExpiresBefore) return;
    let soonest = Number.POSITIVE_INFINITY;
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= at) entries.delete(key);
      else soonest = Math.min(soonest, entry.expiresAt);
    }
    nothingExpiresBefore = entries.size >= maxEntries ? soonest : 0;
  };
  const put = (key: string, value: string, ttlMs: number) => {
    const expiresAt = now() + ttlMs;
    // An entry that expires sooner than the last sweep found brings the next useful sweep forward.
    const stored = () => {
      if (nothingExpiresBefore) nothingExpiresBefore = Math.min(nothingExpiresBefore, expiresAt);
    };
    const existing = live(key);
    if (existing) {
      existing.value = value;
      existing.expiresAt = expiresAt;
      return stored();
    }
    if (entries.size >= maxEntries) makeRoom();
    if (entries.size >= maxEntries) {
      const waitMs = nothingExpiresBefore - now();
      throw new ProxyStoreBusyError(
        `createMemoryStore: full (${maxEntries} live entries); not forgetting any of them.`,
        Math.max(1, Math.ceil(waitMs / 1000)),
      );
    }
    entries.set(key, { value, expiresAt });
    stored();
  };

  return {
    async increment(key, ttlMs) {
      const entry = live(key);
      if (!entry) {
        put(key, '1', ttlMs);
        return { count: 1, resetInMs: ttlMs };
      }
      entry.value = String(Number(entry.value) + 1);
      return { count: Number(entry.value), resetInMs: entry.expiresAt - now() };
    },
    async setIfAbsent(key, value, ttlMs) {
      if (live(key)) return false;
      put(key, value, ttlMs);
      return true;
    },
    async get(key) {
      return live(key)?.value;
    },
    async set(key, value, ttlMs) {
      put(key, value, ttlMs);
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}

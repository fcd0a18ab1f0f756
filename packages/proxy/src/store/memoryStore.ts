import type { ProxyStore } from './ProxyStore.js';

interface Entry {
  value: string;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  /** The clock, for tests. @default Date.now */
  now?: () => number;
  /** Entries kept before the oldest are dropped, so a flood of keys cannot exhaust memory. @default 100000 */
  maxEntries?: number;
}

/**
 * A {@link ProxyStore} in this process's memory: right for one proxy instance. Expired entries
 * are dropped when touched and, past `maxEntries`, oldest first.
 *
 * @example
 * ```ts
 * createEsignProxy({ apiKey, upstream, authorize, store: createMemoryStore() })
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): ProxyStore {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 100_000;
  const entries = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const put = (key: string, value: string, ttlMs: number) => {
    entries.delete(key); // re-inserting keeps the Map in insertion (age) order
    entries.set(key, { value, expiresAt: now() + ttlMs });
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
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

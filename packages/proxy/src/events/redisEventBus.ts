import { isSigningEventEnvelope, type SigningEvent, type SigningEventEnvelope } from '@esign-kit/core/events';
import { defaultRetention, deliver, type EventBus, type EventRetention } from './EventBus.js';

/**
 * The Redis commands {@link createRedisEventBus} sends, typed by shape so an ioredis `Redis`
 * fits without `@esign-kit/proxy` importing ioredis (an optional peer).
 */
export interface RedisEventClient {
  /** Any command: `XADD`, `XREAD`, `XRANGE`, `XINFO`, `XTRIM`. */
  call(command: string, ...args: (string | number)[]): Promise<unknown>;
  /** A new connection with the same settings: the blocking reader gets its own. */
  duplicate(): RedisEventClient;
  /** Closes a connection (the reader's, on `close()`). */
  disconnect(): void;
}

/** Options of {@link createRedisEventBus}. */
export interface RedisEventBusOptions {
  /** Your connected ioredis client; the bus reads with a `duplicate()` of it, and never quits yours. */
  readonly client: RedisEventClient;
  /**
   * The stream's key. Put your app's or environment's prefix in it when several share one Redis.
   * @default 'esign-kit:events'
   */
  readonly key?: string;
  /**
   * How many events, and for how long, are kept for resuming. Trimming is approximate (`~`):
   * Redis keeps at least this much, and drops whole blocks of entries past it.
   * @default 1,000 events, 10 minutes
   */
  readonly retention?: EventRetention;
  /** Longest a blocking read waits before it reads again (and notices `close()`), in ms. @default 5000 */
  readonly blockMs?: number;
  /** Told when the reader lost Redis (it reconnects with backoff and resumes where it was). */
  readonly onError?: (error: unknown) => void;
}

const field = 'e';

/**
 * An {@link EventBus} shared by every proxy instance through one Redis Stream: `XADD … MAXLEN ~`
 * to publish, one `XREAD BLOCK` reader per instance on a connection of its own, and `XRANGE` to
 * resume. A stream position is the Redis entry id, so a browser resumes on any instance with
 * the `Last-Event-ID` another one gave it. `since` answers `'gone'` when Redis may have trimmed an entry
 * after the position (the position is older than the oldest entry kept, and `entries-added`
 * says some were dropped; Redis 7), so no loss goes unnoticed.
 *
 * The client stays yours: connect it, and `quit()` it after `close()`.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * import { createRedisEventBus } from '@esign-kit/proxy/redis'
 *
 * const bus = createRedisEventBus({ client: new Redis(process.env.REDIS_URL!), key: 'admin:esign-events' })
 * ```
 */
export function createRedisEventBus(options: RedisEventBusOptions): EventBus {
  const { client, key = 'esign-kit:events', blockMs = 5000, onError } = options;
  const maxEvents = options.retention?.maxEvents ?? defaultRetention.maxEvents;
  const maxAgeMs = options.retention?.maxAgeMs ?? defaultRetention.maxAgeMs;
  if (!(Number.isInteger(maxEvents) && maxEvents > 0 && maxAgeMs > 0)) {
    throw new TypeError('createRedisEventBus: retention needs a positive integer maxEvents and a positive maxAgeMs.');
  }
  const listeners = new Set<(envelope: SigningEventEnvelope) => void>();
  let reader: RedisEventClient | undefined;
  let listening: Promise<void> | undefined;
  let closed = false;

  /** Reads from `cursor` on until closed, backing off while Redis is away. */
  async function readFrom(connection: RedisEventClient, start: string): Promise<void> {
    let cursor = start;
    let backoffMs = 100;
    while (!closed) {
      try {
        const reply = await connection.call('XREAD', 'COUNT', 1000, 'BLOCK', blockMs, 'STREAMS', key, cursor);
        backoffMs = 100;
        for (const [id, envelope] of entriesOfRead(reply)) {
          cursor = id;
          if (envelope) deliver(listeners, envelope);
        }
      } catch (error) {
        if (closed) return;
        onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, backoffMs));
        backoffMs = Math.min(backoffMs * 2, 5000);
      }
    }
  }

  function startReader(): Promise<void> {
    listening ??= (async () => {
      const connection = client.duplicate();
      reader = connection;
      // Read from the newest entry now, so whatever is published once `subscribe` resolved arrives.
      const start = await newestId();
      void readFrom(connection, start);
    })();
    return listening;
  }

  async function newestId(): Promise<string> {
    const newest = await client.call('XREVRANGE', key, '+', '-', 'COUNT', 1);
    const [first] = entriesOfRange(newest);
    return first?.[0] ?? '0-0';
  }

  return {
    async publish(event: SigningEvent) {
      if (closed) throw new Error('createRedisEventBus: the bus is closed.');
      const at = new Date().toISOString();
      const id = await client.call('XADD', key, 'MAXLEN', '~', maxEvents, '*', field, JSON.stringify({ at, event }));
      // Time-based retention alongside the count; approximate, so cheap. Its failure loses nothing.
      client.call('XTRIM', key, 'MINID', '~', `${Date.now() - maxAgeMs}-0`).catch(() => undefined);
      return { id: String(id), at, event };
    },
    async subscribe(listener) {
      listeners.add(listener);
      await startReader();
      return () => {
        listeners.delete(listener);
      };
    },
    head: newestId,
    async since(lastEventId) {
      if (!/^\d{1,20}-\d{1,20}$/.test(lastEventId)) return 'gone';
      const info = await streamInfo(client, key);
      if (!info) return lastEventId === '0-0' ? [] : 'gone';
      if (compareIds(lastEventId, info.lastGenerated) > 0) return 'gone';
      // Trimming drops the oldest entries. With some dropped, a position still in the stream (or
      // after its first entry) resumes exactly; one before it may have missed what was dropped.
      const trimmed = info.entriesAdded > info.length;
      if (
        trimmed &&
        (info.firstEntry === undefined
          ? lastEventId !== info.lastGenerated
          : compareIds(lastEventId, info.firstEntry) < 0)
      ) {
        return 'gone';
      }
      const reply = await client.call('XRANGE', key, `(${lastEventId}`, '+');
      return entriesOfRange(reply).flatMap(([, envelope]) => (envelope ? [envelope] : []));
    },
    async close() {
      closed = true;
      listeners.clear();
      await listening?.catch(() => undefined);
      reader?.disconnect();
    },
  };
}

type Entry = [id: string, envelope: SigningEventEnvelope | undefined];

/** `XRANGE` / `XREVRANGE` reply: `[[id, [field, value, …]], …]`. Entries that do not read as envelopes are skipped (undefined). */
function entriesOfRange(reply: unknown): Entry[] {
  if (!Array.isArray(reply)) return [];
  return reply.flatMap((entry): Entry[] => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') return [];
    const [id, fields] = entry as [string, unknown];
    return [[id, envelopeOf(id, fields)]];
  });
}

/**
 * `XREAD` reply for one stream, or null when the block timed out: `[[key, entries]]` in RESP2,
 * a map `{ key: entries }` in RESP3 (which ioredis may hand over flat, `[key, entries]`).
 */
function entriesOfRead(reply: unknown): Entry[] {
  if (reply instanceof Map) return [...reply.values()].flatMap(entriesOfRange);
  if (isPlainObject(reply)) return Object.values(reply).flatMap(entriesOfRange);
  if (!Array.isArray(reply)) return [];
  if (typeof reply[0] === 'string') return entriesOfRange(reply[1]);
  return reply.flatMap((stream) => (Array.isArray(stream) ? entriesOfRange(stream[1]) : []));
}

function envelopeOf(id: string, fields: unknown): SigningEventEnvelope | undefined {
  if (!Array.isArray(fields)) return undefined;
  const index = fields.indexOf(field);
  const text = index >= 0 ? fields[index + 1] : undefined;
  if (typeof text !== 'string') return undefined;
  try {
    const { at, event } = JSON.parse(text) as { at?: unknown; event?: unknown };
    const envelope = { id, at, event };
    // Anything else in the stream (written by hand, by another version) is not passed on.
    return isSigningEventEnvelope(envelope) ? envelope : undefined;
  } catch {
    return undefined;
  }
}

/** What `XINFO STREAM` says of the stream's extent, or undefined when it does not exist. */
interface StreamInfo {
  readonly lastGenerated: string;
  /** The oldest entry kept; undefined when none is. */
  readonly firstEntry: string | undefined;
  readonly length: number;
  /** Entries ever added: more than `length` once trimming dropped some. */
  readonly entriesAdded: number;
}

async function streamInfo(client: RedisEventClient, key: string): Promise<StreamInfo | undefined> {
  let reply: unknown;
  try {
    reply = await client.call('XINFO', 'STREAM', key);
  } catch (error) {
    if (error instanceof Error && /no such key/i.test(error.message)) return undefined;
    throw error;
  }
  // A flat `[name, value, …]` (RESP2, or RESP3 in ioredis's default mapping), or an object.
  const flat = Array.isArray(reply) ? reply : [];
  const infoField = (name: string): unknown => {
    if (isPlainObject(reply)) return reply[name];
    const index = flat.indexOf(name);
    return index >= 0 ? flat[index + 1] : undefined;
  };
  const first = infoField('first-entry');
  const lastGenerated = infoField('last-generated-id');
  return {
    lastGenerated: typeof lastGenerated === 'string' ? lastGenerated : '0-0',
    firstEntry: Array.isArray(first) && typeof first[0] === 'string' ? first[0] : undefined,
    length: Number(infoField('length') ?? 0),
    entriesAdded: Number(infoField('entries-added') ?? 0),
  };
}

/** Orders two Redis stream ids (`<ms>-<seq>`). */
export function compareIds(a: string, b: string): number {
  const [aMs = 0n, aSeq = 0n] = a.split('-').map(BigInt);
  const [bMs = 0n, bSeq = 0n] = b.split('-').map(BigInt);
  if (aMs !== bMs) return aMs < bMs ? -1 : 1;
  if (aSeq !== bSeq) return aSeq < bSeq ? -1 : 1;
  return 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);
}

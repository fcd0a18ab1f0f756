import type { SigningEvent, SigningEventEnvelope } from '@esign-kit/core/events';
import { defaultRetention, deliver, type EventBus, type EventRetention } from './EventBus.js';

/** Options of {@link createMemoryEventBus}. */
export interface MemoryEventBusOptions {
  /** How many events, and for how long, are kept for resuming. @default 1,000 events, 10 minutes */
  readonly retention?: EventRetention;
  /** The clock (tests). @default Date.now */
  readonly now?: () => number;
}

/**
 * An {@link EventBus} in this process: a ring of the latest events for resuming, listeners
 * called synchronously on publish. For one proxy instance; behind a load balancer use
 * `createRedisEventBus` so every instance sees every event.
 *
 * Positions are `<epoch>-<sequence>`, the epoch random per bus: after a restart a browser's
 * old `Last-Event-ID` is recognised as another stream's and answered `'gone'` (the screen
 * refetches), never mistaken for a position in the new one.
 *
 * @example
 * ```ts
 * const bus = createMemoryEventBus({ retention: { maxEvents: 5000, maxAgeMs: 15 * 60_000 } })
 * ```
 */
export function createMemoryEventBus(options: MemoryEventBusOptions = {}): EventBus {
  const maxEvents = options.retention?.maxEvents ?? defaultRetention.maxEvents;
  const maxAgeMs = options.retention?.maxAgeMs ?? defaultRetention.maxAgeMs;
  if (!(Number.isInteger(maxEvents) && maxEvents > 0 && maxAgeMs > 0)) {
    throw new TypeError('createMemoryEventBus: retention needs a positive integer maxEvents and a positive maxAgeMs.');
  }
  const now = options.now ?? Date.now;
  const epoch = Math.random().toString(36).slice(2, 10);
  const listeners = new Set<(envelope: SigningEventEnvelope) => void>();
  // Kept events with their sequence and time, oldest first; `dropped` is the highest sequence let go.
  const kept: { seq: number; time: number; envelope: SigningEventEnvelope }[] = [];
  let head = 0; // index of the oldest kept entry in `kept` (compacted now and then)
  let seq = 0;
  let dropped = 0;
  let closed = false;

  function expire(): void {
    const oldest = now() - maxAgeMs;
    while (head < kept.length) {
      const entry = kept[head] as (typeof kept)[number];
      if (kept.length - head <= maxEvents && entry.time >= oldest) break;
      dropped = entry.seq;
      head++;
    }
    if (head > 1024 && head * 2 > kept.length) {
      kept.splice(0, head);
      head = 0;
    }
  }

  return {
    async publish(event: SigningEvent) {
      if (closed) throw new Error('createMemoryEventBus: the bus is closed.');
      seq++;
      const time = now();
      const envelope: SigningEventEnvelope = { id: `${epoch}-${seq}`, at: new Date(time).toISOString(), event };
      kept.push({ seq, time, envelope });
      expire();
      deliver(listeners, envelope);
      return envelope;
    },
    async subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async head() {
      return `${epoch}-${seq}`;
    },
    async since(lastEventId) {
      const match = /^([a-z0-9]+)-(\d{1,15})$/.exec(lastEventId);
      if (!match || match[1] !== epoch) return 'gone';
      const last = Number(match[2]);
      expire();
      // A position past the newest, or before something dropped, cannot be resumed exactly.
      if (last > seq || last < dropped) return 'gone';
      const after: SigningEventEnvelope[] = [];
      for (let index = head; index < kept.length; index++) {
        const entry = kept[index] as (typeof kept)[number];
        if (entry.seq > last) after.push(entry.envelope);
      }
      return after;
    },
    async close() {
      closed = true;
      listeners.clear();
    },
  };
}

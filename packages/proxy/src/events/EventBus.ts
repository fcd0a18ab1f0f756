import type { SigningEvent, SigningEventEnvelope } from '@esign-kit/core/events';

/** What {@link EventBus.since} answers when the position fell out of the retention window. */
export type EventsGone = 'gone';

/**
 * Where signing events meet their listeners: one per proxy instance in memory
 * (`createMemoryEventBus`), or one shared by every instance through Redis Streams
 * (`createRedisEventBus` from `@esign-kit/proxy/redis`), so an event published on one instance
 * reaches screens connected to another.
 */
export interface EventBus {
  /** Adds the event to the stream; resolves to its envelope (with its stream position) once stored. */
  publish(event: SigningEvent): Promise<SigningEventEnvelope>;
  /**
   * Calls `listener` with every envelope published from now on (on any instance, for a shared
   * bus), in stream order. Resolves, once listening, to the function that stops it: an event
   * published after that is sure to reach the listener.
   */
  subscribe(listener: (envelope: SigningEventEnvelope) => void): Promise<() => void>;
  /**
   * The newest position of the stream (an empty stream has one too), for a screen that connects
   * without `Last-Event-ID`: resuming from it later misses nothing published meanwhile.
   */
  head(): Promise<string>;
  /**
   * The envelopes after position `lastEventId`, oldest first, when every one of them is still
   * kept; `'gone'` when some may have been dropped (past the retention window), or when the
   * position is not one this stream gave (another stream's, a restarted memory bus's).
   */
  since(lastEventId: string): Promise<readonly SigningEventEnvelope[] | EventsGone>;
  /** Stops listening for good (closes a shared bus's reader). Publishing afterwards rejects. */
  close(): Promise<void>;
}

/** How long a bus keeps events for resuming streams. */
export interface EventRetention {
  /** Most events kept. @default 1000 */
  readonly maxEvents?: number;
  /** Longest an event is kept, in milliseconds. @default 600000 (10 minutes) */
  readonly maxAgeMs?: number;
}

export const defaultRetention = { maxEvents: 1000, maxAgeMs: 10 * 60 * 1000 } as const;

/** Calls each listener, one failing not stopping the others (a listener is a screen's stream). */
export function deliver(
  listeners: ReadonlySet<(envelope: SigningEventEnvelope) => void>,
  envelope: SigningEventEnvelope,
): void {
  for (const listener of listeners) {
    try {
      listener(envelope);
    } catch {
      // One broken stream must not keep the event from the others.
    }
  }
}

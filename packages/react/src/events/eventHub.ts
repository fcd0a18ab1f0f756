import {
  type SigningEvent,
  type SigningEventEnvelope,
  type SigningSubject,
  subjectKey,
  subjectsOf,
} from '@esign-kit/core/events';
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { isAffectedBy, showsAnySubject, subjectSet } from './affectedQueries.js';
import type { EventStream, EventStreamMode } from './eventStream.js';
import { dedupe, subjectsOfQuery } from './subjects.js';

// @module What `<EsignEventsProvider>` keeps: every listener below it, the one stream they share,
// and what each event, reset or poll refetches. React-free so it can be tested on its own.

/** One listener: the subjects it hears, and what it does with an event. */
export interface EventRegistration {
  readonly subjects: readonly SigningSubject[];
  /** Only these event types reach `onEvent` (all when left out). */
  readonly types?: readonly SigningEvent['type'][] | undefined;
  /** Called for each event that concerns one of `subjects`. */
  readonly onEvent?: ((event: SigningEvent, envelope: SigningEventEnvelope) => void) | undefined;
  /** Refetch the queries the events make stale (the `live` option, `useLiveInvalidation`). */
  readonly invalidates: boolean;
  /** A watched query, refetched as a whole on a reset or a poll. */
  readonly queryHash?: string | undefined;
  /** A signing page is open for these subjects: the proxy polls Prix fast while it is. */
  readonly pageOpen?: boolean | undefined;
}

export interface EventHub {
  /** Adds a listener; returns the function that removes it. */
  register(registration: EventRegistration): () => void;
  /** Keeps the query with this key (showing `data`) fresh; returns the function that stops it. */
  watch(queryKey: readonly unknown[], data: unknown): () => void;
  /** Connects the hub to its stream (the provider's effect); `null` disconnects. */
  attach(stream: EventStream | null): void;
  /** Routes one event to its listeners and refetches what it makes stale, once. */
  deliver(envelope: SigningEventEnvelope): void;
  /** Refetches everything watched (after a reset, on each poll). */
  refreshWatched(): void;
  /** The stream's mode, for `useSigningEventsMode`. */
  readonly mode: EventStreamMode;
  setMode(mode: EventStreamMode): void;
  subscribeMode(callback: () => void): () => void;
}

/** A hub over `queryClient`; its stream is attached later, when the provider mounts. */
export function createEventHub(queryClient: QueryClient): EventHub {
  const registrations = new Set<EventRegistration>();
  const modeListeners = new Set<() => void>();
  let stream: EventStream | null = null;
  let mode: EventStreamMode = 'idle';
  let syncQueued = false;

  // Listeners come and go in bursts (a re-render unwatches and watches again): the stream's
  // subjects are settled once the burst is over, so an unchanged set never reconnects.
  const queueSync = () => {
    if (syncQueued) return;
    syncQueued = true;
    queueMicrotask(() => {
      syncQueued = false;
      const all = [...registrations];
      stream?.setSubjects(
        dedupe(all.flatMap((registration) => registration.subjects)),
        all.some((registration) => registration.pageOpen),
      );
    });
  };

  const hub: EventHub = {
    register(registration) {
      registrations.add(registration);
      queueSync();
      return () => {
        registrations.delete(registration);
        queueSync();
      };
    },
    watch(queryKey, data) {
      return hub.register({
        subjects: subjectsOfQuery(queryKey, data),
        invalidates: true,
        queryHash: hashKey(queryKey),
      });
    },
    attach(next) {
      stream = next;
      if (next) queueSync();
    },
    deliver(envelope) {
      const { event } = envelope;
      const concerned = new Set(subjectsOf(event).map(subjectKey));
      let invalidate = false;
      for (const registration of [...registrations]) {
        if (!registration.subjects.some((subject) => concerned.has(subjectKey(subject)))) continue;
        if (registration.invalidates) invalidate = true;
        if (registration.onEvent && (!registration.types || registration.types.includes(event.type))) {
          registration.onEvent(event, envelope);
        }
      }
      if (invalidate) void queryClient.invalidateQueries({ predicate: (query) => isAffectedBy(query, event) });
    },
    refreshWatched() {
      const watching = [...registrations].filter((registration) => registration.invalidates);
      if (watching.length === 0) return;
      const subjects = subjectSet(watching.flatMap((registration) => registration.subjects));
      const hashes = new Set(watching.map((registration) => registration.queryHash));
      void queryClient.invalidateQueries({
        predicate: (query) => hashes.has(query.queryHash) || showsAnySubject(query, subjects),
      });
    },
    get mode() {
      return mode;
    },
    setMode(next) {
      mode = next;
      for (const callback of modeListeners) callback();
    },
    subscribeMode(callback) {
      modeListeners.add(callback);
      return () => modeListeners.delete(callback);
    },
  };
  return hub;
}

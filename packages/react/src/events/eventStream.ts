import { isSigningEventEnvelope, type SigningEventEnvelope, type SigningSubject } from '@esign-kit/core/events';
import { streamUrl } from './subjects.js';

// @module The browser end of the proxy's event stream, without React: one EventSource for the
// current set of subjects, reopened (resuming) when the set changes or the connection dies, and
// polling in its place where SSE cannot pass.

/** The part of the DOM's `EventSource` this uses; a test or a polyfill may stand in for it. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

/** `EventSource`, or anything built the same way. */
export type EventSourceConstructor = new (url: string) => EventSourceLike;

/** How the stream currently learns of changes. */
export type EventStreamMode = 'idle' | 'connecting' | 'streaming' | 'polling';

export interface EventStreamOptions {
  /** The proxy's stream, e.g. `/api/esign/events`. */
  path: string;
  /** `undefined` where there is no EventSource (an old browser, a locked-down webview): polls. */
  EventSource: EventSourceConstructor | undefined;
  /** Milliseconds between two polls while the stream is down. */
  pollMs: number;
  /** Errors in a row (without an open in between) after which polling takes over. */
  failureLimit: number;
  /** Milliseconds before a refused or closed stream is tried again (doubled per failure, up to ×16). */
  reopenMs: number;
  onEnvelope(envelope: SigningEventEnvelope): void;
  /** Events may have been missed (`event: reset`, or no position to resume from): refetch all watched. */
  onReset(): void;
  /** A poll while the stream is down: refetch all watched. */
  onPoll(): void;
  onMode?(mode: EventStreamMode): void;
}

export interface EventStream {
  /**
   * Listen to exactly these subjects (and tell the proxy whether a signing page is open, so it
   * polls Prix faster); the same again changes nothing.
   */
  setSubjects(subjects: readonly SigningSubject[], pageOpen?: boolean): void;
  close(): void;
  readonly mode: EventStreamMode;
}

const openState = 1;
const closedState = 2;
/** Ids remembered to drop an event a reopened stream sends twice. */
const rememberedIds = 256;

function parseEnvelope(text: string): SigningEventEnvelope | null {
  try {
    const value: unknown = JSON.parse(text);
    return isSigningEventEnvelope(value) ? value : null;
  } catch {
    return null;
  }
}

/** Opens, resumes and falls back as described in the module comment. */
export function createEventStream(options: EventStreamOptions): EventStream {
  let subjects: readonly SigningSubject[] = [];
  let url = '';
  let source: EventSourceLike | null = null;
  // The previous stream, kept open while its successor connects, so changing the subjects loses
  // nothing in between (an event both carry is acted on once: see `seen`).
  let retiring: EventSourceLike | null = null;
  let pageOpen = false;
  let lastEventId: string | undefined;
  let failures = 0;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let mode: EventStreamMode = 'idle';
  const seen: string[] = [];

  const setMode = (next: EventStreamMode) => {
    if (next === mode) return;
    mode = next;
    options.onMode?.(next);
  };
  const startPolling = () => {
    if (pollTimer === undefined) pollTimer = setInterval(options.onPoll, options.pollMs);
    setMode('polling');
  };
  const stopPolling = () => {
    clearInterval(pollTimer);
    pollTimer = undefined;
  };
  const retire = () => {
    retiring?.close();
    retiring = null;
  };
  const shut = (handOver: boolean) => {
    if (handOver && source?.readyState === openState) {
      retire();
      retiring = source;
    } else {
      // A successor that had not connected yet is dropped; the stream it was to replace stays.
      if (!handOver) retire();
      source?.close();
    }
    source = null;
    clearTimeout(reopenTimer);
    reopenTimer = undefined;
  };

  const open = (handOver = false) => {
    shut(handOver);
    if (subjects.length === 0) {
      retire();
      stopPolling();
      setMode('idle');
      return;
    }
    if (!options.EventSource) {
      startPolling();
      return;
    }
    const current = new options.EventSource(streamUrl(options.path, subjects, { lastEventId, pageOpen }));
    source = current;
    const heard = () => source === current || retiring === current;
    // While the previous stream bridges the change, the screen is still live.
    if (mode !== 'polling' && !retiring) setMode('connecting');
    current.addEventListener('open', () => {
      if (source !== current) return;
      retire();
      // Back after an outage with no position to resume from: what happened meanwhile is unknown.
      if (failures > 0 && lastEventId === undefined) options.onReset();
      failures = 0;
      stopPolling();
      setMode('streaming');
    });
    current.addEventListener('message', (message) => {
      if (!heard()) return;
      const envelope = parseEnvelope(message.data);
      if (!envelope || seen.includes(envelope.id)) return;
      seen.push(envelope.id);
      if (seen.length > rememberedIds) seen.shift();
      lastEventId = envelope.id;
      options.onEnvelope(envelope);
    });
    current.addEventListener('reset', (message) => {
      if (!heard()) return;
      if (source === current && message.lastEventId) lastEventId = message.lastEventId;
      options.onReset();
    });
    current.addEventListener('error', () => {
      if (retiring === current) retire();
      if (source !== current) return;
      retire();
      failures += 1;
      if (failures >= options.failureLimit) startPolling();
      // CONNECTING: the browser retries by itself, sending Last-Event-ID. CLOSED (refused, not an
      // event stream): it never will, so try again later from the last position.
      if (current.readyState === closedState) {
        const delay = options.reopenMs * 2 ** Math.min(failures - 1, 4);
        clearTimeout(reopenTimer);
        reopenTimer = setTimeout(() => open(), delay);
      }
    });
  };

  return {
    setSubjects(next, nextPageOpen = false) {
      const nextUrl = streamUrl(options.path, next, { pageOpen: nextPageOpen });
      if (nextUrl === url) return;
      url = nextUrl;
      subjects = [...next];
      pageOpen = nextPageOpen;
      open(true);
    },
    close() {
      shut(false);
      stopPolling();
      subjects = [];
      url = '';
      setMode('idle');
    },
    get mode() {
      return mode;
    },
  };
}

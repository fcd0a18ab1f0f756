import type { KitErrorCode, ValidationIssue } from '@esign-kit/core';
import { eventFilter, type SigningEventEnvelope } from '@esign-kit/core/events';
import { kitError } from '../respond.js';
import type { EventBus } from './EventBus.js';
import { eventFrame, heartbeatFrame, openingFrame, positionFrame, resetFrame } from './sseFrames.js';
import type { StatusWatch, StatusWatcher } from './statusWatcher.js';
import type { AuthorizeSubject } from './subjectAuthorization.js';
import { readSubscription, type Subscription } from './subscriptionQuery.js';

/** Options of {@link createEventStreamRoute}. */
export interface EventStreamRouteOptions {
  readonly bus: EventBus;
  /**
   * Asked once per subject before the stream opens; any subject not answered `true` refuses the
   * whole request (`false` 403, `'not-found'` 404). `authorizeSubjectAsRead(authorize)` asks the
   * proxy's `authorize` as the read of each subject.
   */
  readonly authorizeSubject: AuthorizeSubject;
  /** The proxy's `authenticate`, asked first (403 when `false`), as for every operation. */
  readonly authenticate?: ((request: Request) => boolean | Promise<boolean>) | undefined;
  /** Polls the stream's contracts while it is open (Prix has no readable webhook yet). */
  readonly watcher?: StatusWatcher | undefined;
  /** Scope of the stream's watches (a tenant), for an app with one Prix key per business. */
  readonly scopeOf?: ((request: Request) => string | Promise<string>) | undefined;
  /** Between comment lines that keep an idle stream open, in ms. @default 15000 */
  readonly heartbeatMs?: number;
  /** The reconnect delay told to `EventSource` (`retry:`), in ms. @default 3000 */
  readonly retryMs?: number;
  /** Most subjects one stream may name. @default 50 */
  readonly maxSubjects?: number;
  /** Events waiting for a slow client before its stream is closed (it resumes on reconnect). @default 1000 */
  readonly maxQueuedEvents?: number;
  /** Told of a failure (a throwing `authorizeSubject`, a bus that cannot read), for the app's logs. */
  readonly onError?: ((error: unknown) => void) | undefined;
  /** Aborted when the server shuts down: open streams end, new ones are refused (503). */
  readonly signal?: AbortSignal | undefined;
}

const streamHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // nginx buffers responses unless told not to; a buffered stream arrives in lumps.
  'x-accel-buffering': 'no',
};

/**
 * `GET <basePath>/events?contract=<uuid>&signature=<uuid>&workflow=<id>`: live signing events
 * as Server-Sent Events, for one screen. In order:
 *
 * 1. `authenticate` (403), then the query (400 with issues: malformed ids, none, too many);
 * 2. every subject through `authorizeSubject` (403 / 404 for any refused; fail closed, before
 *    anything is streamed);
 * 3. the stream: `retry:`, then the events since `Last-Event-ID` (header, or `lastEventId`
 *    query) when the bus still has them all, or `event: reset` when it does not (the screen
 *    refetches); without one, the stream's current position (an `id:` alone), so a reconnect
 *    loses nothing published meanwhile. Then each new event concerning a subject, each with its
 *    `id:`, and a `: ping` comment every `heartbeatMs`.
 *
 * Each event is sent once: those read back for the resume and those arriving meanwhile are
 * merged by id. Closing the connection unsubscribes and releases the stream's watches.
 *
 * @example
 * ```ts
 * const events = createEventStreamRoute({ bus, authorizeSubject: authorizeSubjectAsRead(authorize), watcher })
 * // mount at `${basePath}/events`, GET only
 * ```
 */
export function createEventStreamRoute(options: EventStreamRouteOptions): (request: Request) => Promise<Response> {
  const { bus, authorizeSubject, authenticate, watcher, scopeOf, onError, signal } = options;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const retryMs = options.retryMs ?? 3000;
  const maxSubjects = options.maxSubjects ?? 50;
  const maxQueuedEvents = options.maxQueuedEvents ?? 1000;
  // One listener on `signal` for all streams (a listener each would trip Node's leak warning).
  const openStreams = new Set<() => void>();
  signal?.addEventListener(
    'abort',
    () => {
      for (const close of [...openStreams]) close();
    },
    { once: true },
  );
  const refusal = (code: KitErrorCode, issues?: ValidationIssue[]) => kitError(code, [], issues ? { issues } : {});
  const report = (error: unknown) => {
    try {
      onError?.(error);
    } catch {
      // The app's logger failing changes nothing.
    }
  };

  return async function serveEventStream(request: Request): Promise<Response> {
    if (request.method !== 'GET') {
      return kitError('ESIGN_KIT_METHOD_NOT_ALLOWED', [], { headers: { allow: 'GET' } });
    }
    if (signal?.aborted) return refusal('ESIGN_KIT_BUSY');
    const url = new URL(request.url);
    try {
      if (authenticate && !(await authenticate(request))) return refusal('ESIGN_KIT_FORBIDDEN');
      const read = readSubscription(request, url, maxSubjects);
      if (!read.ok) return refusal('ESIGN_KIT_INVALID_INPUT', read.issues);
      const { subjects } = read.subscription;
      const answers = await Promise.all(subjects.map((subject) => authorizeSubject({ request, subject })));
      if (answers.some((answer) => answer !== true)) {
        // 404 only when every refusal is "not found": a mix stays the stronger 403.
        return refusal(
          answers.every((answer) => answer === true || answer === 'not-found')
            ? 'ESIGN_KIT_NOT_FOUND'
            : 'ESIGN_KIT_FORBIDDEN',
        );
      }
      const scope = scopeOf ? await scopeOf(request) : '';
      return openStream(request, read.subscription, scope);
    } catch (error) {
      report(error);
      return refusal('ESIGN_KIT_INTERNAL');
    }
  };

  async function openStream(request: Request, subscription: Subscription, scope: string): Promise<Response> {
    const concerns = eventFilter(subscription.subjects);
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let closed = false;
    // Until the resume is written, arriving events wait here (then sent unless already resumed).
    let waiting: SigningEventEnvelope[] | undefined = [];
    const watches: StatusWatch[] = [];
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    let unsubscribe: (() => void) | undefined;

    // Frames the client may leave unread before it is cut off: the resume's, plus maxQueuedEvents.
    let allowance = maxQueuedEvents;
    const write = (chunk: Uint8Array) => {
      if (!closed) controller.enqueue(chunk);
    };
    /** A live frame: a client this far behind is cut off, and resumes from its last id on reconnecting. */
    const writeLive = (chunk: Uint8Array) => {
      if (!closed && (controller.desiredSize ?? 0) < -allowance) cleanup();
      write(chunk);
    };
    const send = (envelope: SigningEventEnvelope) => {
      if (!concerns(envelope.event)) return;
      if (waiting) waiting.push(envelope);
      else writeLive(eventFrame(envelope));
    };
    function cleanup(): void {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe?.();
      for (const watch of watches) watch.release();
      request.signal.removeEventListener('abort', cleanup);
      openStreams.delete(cleanup);
      try {
        controller.close();
      } catch {
        // Already closed or cancelled by the reader.
      }
    }

    const stream = new ReadableStream<Uint8Array>({
      start(streamController) {
        controller = streamController;
      },
      cancel: () => cleanup(),
    });
    request.signal.addEventListener('abort', cleanup);
    openStreams.add(cleanup);
    if (request.signal.aborted || signal?.aborted) cleanup();

    try {
      await resume();
    } catch (error) {
      cleanup();
      throw error;
    }
    if (!closed) {
      heartbeat = setInterval(() => writeLive(heartbeatFrame), heartbeatMs);
      for (const subject of subscription.subjects) {
        if (watcher && subject.kind === 'contract') {
          watches.push(watcher.watch(subject.id, { scope, request, pageOpen: subscription.pageOpen }));
        }
      }
    }
    return new Response(stream, { status: 200, headers: streamHeaders });

    /** Subscribes, then writes the resume (or the position) and what arrived meanwhile, each event once. */
    async function resume(): Promise<void> {
      // Subscribed before the backlog is read: nothing published in between is missed.
      unsubscribe = await bus.subscribe(send);
      if (closed) unsubscribe();
      write(openingFrame(retryMs));
      const { lastEventId } = subscription;
      const backlog = lastEventId === undefined ? undefined : await bus.since(lastEventId);
      const sent = new Set<string>();
      if (backlog === 'gone') {
        write(resetFrame(await bus.head()));
      } else if (backlog) {
        for (const envelope of backlog) {
          if (!concerns(envelope.event)) continue;
          sent.add(envelope.id);
          write(eventFrame(envelope));
        }
      } else {
        write(positionFrame(await bus.head()));
      }
      const arrived = waiting ?? [];
      waiting = undefined;
      for (const envelope of arrived) if (!sent.has(envelope.id)) write(eventFrame(envelope));
      allowance += sent.size + arrived.length;
    }
  }
}

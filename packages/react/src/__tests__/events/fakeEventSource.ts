import type { SigningEventEnvelope, SigningSubject } from '@esign-kit/core/events';
import type { EventSourceLike } from '../../events/eventStream.js';

type Listener = (event: MessageEvent<string>) => void;

/** One stream the provider opened, driven by the test as the proxy would. */
export interface FakeStream extends EventSourceLike {
  readonly url: string;
  readonly closed: boolean;
  /** The subjects the URL asks for, as `kind:id`, sorted. */
  subjects(): string[];
  /** `lastEventId` the URL resumes from. */
  resumesFrom(): string | null;
  open(): void;
  send(envelope: SigningEventEnvelope): void;
  reset(id: string): void;
  /** A dropped connection (`closed: false`, the browser retries) or a refused one (`closed: true`). */
  fail(options: { closed: boolean }): void;
}

/**
 * EventSource at the network edge: each `new EventSource(url)` the provider makes is recorded,
 * and the test opens it, pushes events, drops or refuses it.
 */
export function fakeEventSources() {
  const made: FakeStream[] = [];
  class FakeEventSource implements FakeStream {
    readyState = 0;
    closed = false;
    readonly url: string;
    private readonly listeners = new Map<string, Set<Listener>>();
    constructor(url: string) {
      this.url = url;
      made.push(this);
    }
    addEventListener(type: string, listener: Listener): void {
      const set = this.listeners.get(type) ?? new Set();
      set.add(listener);
      this.listeners.set(type, set);
    }
    close(): void {
      this.readyState = 2;
      this.closed = true;
    }
    private dispatch(type: string, event: MessageEvent<string>): void {
      if (this.closed && type !== 'error') throw new Error(`a closed stream got "${type}"`);
      for (const listener of this.listeners.get(type) ?? []) listener(event);
    }
    subjects(): string[] {
      const params = new URL(this.url, 'https://app.test').searchParams;
      return ['contract', 'signature', 'workflow']
        .flatMap((kind) => params.getAll(kind).map((id) => `${kind}:${id}`))
        .sort();
    }
    resumesFrom(): string | null {
      return new URL(this.url, 'https://app.test').searchParams.get('lastEventId');
    }
    open(): void {
      this.readyState = 1;
      this.dispatch('open', new MessageEvent('open'));
    }
    send(envelope: SigningEventEnvelope): void {
      this.dispatch(
        'message',
        new MessageEvent('message', { data: JSON.stringify(envelope), lastEventId: envelope.id }),
      );
    }
    reset(id: string): void {
      this.dispatch('reset', new MessageEvent('reset', { data: '{"reason":"gone"}', lastEventId: id }));
    }
    fail({ closed }: { closed: boolean }): void {
      this.readyState = closed ? 2 : 0;
      this.dispatch('error', new MessageEvent('error'));
    }
  }
  return {
    EventSource: FakeEventSource,
    made,
    /** The streams not closed: one at most, whatever the number of listeners. */
    openStreams: () => made.filter((stream) => !stream.closed),
    /** The one stream open now. */
    current(): FakeStream {
      const open = made.filter((stream) => !stream.closed);
      if (open.length !== 1) throw new Error(`expected one open stream, found ${open.length}`);
      return open[0] as FakeStream;
    },
  };
}

let position = 0;
/** An envelope as the proxy frames it, with the next stream position. */
export function envelope(event: SigningEventEnvelope['event'], id = String(++position)): SigningEventEnvelope {
  return { id, at: new Date().toISOString(), event };
}

export const contractSubject = (id: string): SigningSubject => ({ kind: 'contract', id });

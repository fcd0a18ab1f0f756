import type { SigningEventEnvelope } from '@esign-kit/core/events';

/** One parsed text/event-stream frame: its fields, or the comment it was. */
export interface SseFrame {
  readonly id?: string;
  readonly event?: string;
  readonly data?: string;
  readonly retry?: string;
  readonly comment?: string;
}

/** A Server-Sent Events client over fetch, reading frames as a browser's EventSource would. */
export interface SseClient {
  readonly status: number;
  readonly headers: Headers;
  /** Every frame received so far, in order. */
  readonly frames: readonly SseFrame[];
  /** The envelopes of the message frames received so far. */
  envelopes(): SigningEventEnvelope[];
  /** The last `id:` received, as `EventSource.lastEventId` would hold it. */
  lastEventId(): string | undefined;
  /** Resolves when a frame matching `test` has arrived (or already had); rejects after `timeoutMs`. */
  waitFor(test: (frame: SseFrame, index: number) => boolean, timeoutMs?: number): Promise<SseFrame>;
  /** Resolves once `count` message frames have arrived. */
  waitForEvents(count: number, timeoutMs?: number): Promise<SigningEventEnvelope[]>;
  /** Hangs up, as a closed tab does. */
  close(): void;
  /** Resolves when the server ended the stream. */
  readonly ended: Promise<void>;
}

/** Opens `url` as an event stream; for an answer that is not a stream, `frames` stays empty and `body` holds its text. */
export async function openSse(
  url: string,
  headers: Record<string, string> = {},
): Promise<SseClient & { body?: string }> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const frames: SseFrame[] = [];
  const waiters = new Set<() => void>();
  let lastId: string | undefined;
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  const isStream = response.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
  const body = isStream ? undefined : await response.text();
  const ended = isStream ? read() : Promise.resolve();

  async function read(): Promise<void> {
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const frame = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (frame.id !== undefined) lastId = frame.id;
          frames.push(frame);
          end = buffer.indexOf('\n\n');
        }
        notify();
      }
    } catch {
      // Aborted by close().
    }
    notify();
  }

  const messages = () => frames.filter((frame) => frame.data !== undefined && frame.event === undefined);
  const client: SseClient & { body?: string } = {
    status: response.status,
    headers: response.headers,
    frames,
    ...(body === undefined ? {} : { body }),
    envelopes: () => messages().map((frame) => JSON.parse(frame.data as string) as SigningEventEnvelope),
    lastEventId: () => lastId,
    waitFor(test, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(test);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No matching frame within ${timeoutMs} ms; got ${JSON.stringify(frames.slice(-5))}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async waitForEvents(count, timeoutMs = 5000) {
      await client.waitFor(() => messages().length >= count, timeoutMs);
      return client.envelopes();
    },
    close: () => controller.abort(),
    ended,
  };
  return client;
}

function parseFrame(text: string): SseFrame {
  const frame: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) {
      frame.comment = line.slice(1).trim();
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    frame[name] = frame[name] === undefined || name !== 'data' ? value : `${frame[name]}\n${value}`;
  }
  return frame;
}

/** Serves a fetch handler on a free loopback port, through the proxy's own Node adapter. */
export async function serveOnLoopback(
  handler: (request: Request) => Promise<Response>,
): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const { toNodeListener } = await import('../adapters/toNodeListener.js');
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Polls `test` until it holds (for what happens after a socket closes, which nothing announces). */
export async function eventually(test: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > until) throw new Error('The condition did not hold in time.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// An EventSource over `fetch`, for Node (which has none): the parts of the WHATWG parser and
// reconnection the provider relies on — `id:`, `event:`, `data:`, `retry:`, comments, the
// `Last-Event-ID` header on reconnecting, and CLOSED for a response that is not an event stream.
// https://html.spec.whatwg.org/multipage/server-sent-events.html

type Listener = (event: MessageEvent<string>) => void;

const decoder = () => new TextDecoder();

export class FetchEventSource {
  readyState = 0;
  readonly url: string;
  /** Every connection made, for the test to count (the first, then each reconnect). */
  static connections: { url: string; lastEventId: string | null }[] = [];
  private lastEventId = '';
  private retryMs = 1000;
  private reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(url: string) {
    this.url = url;
    void this.connect();
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }

  close(): void {
    this.readyState = 2;
    void this.reader?.cancel().catch(() => {});
  }

  private dispatch(type: string, init: MessageEventInit<string> = {}): void {
    if (this.readyState === 2 && type !== 'error') return;
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, init));
  }

  private async connect(): Promise<void> {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (this.lastEventId) headers['last-event-id'] = this.lastEventId;
    FetchEventSource.connections.push({ url: this.url, lastEventId: this.lastEventId || null });
    let response: Response;
    try {
      response = await fetch(this.url, { headers });
    } catch {
      return this.dropped();
    }
    if (this.readyState === 2) return void response.body?.cancel();
    if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
      this.readyState = 2;
      void response.body?.cancel();
      return this.dispatch('error');
    }
    this.readyState = 1;
    this.dispatch('open');
    this.reader = response.body?.getReader();
    const text = decoder();
    let buffer = '';
    let type = '';
    let data: string[] = [];
    try {
      for (;;) {
        const chunk = await this.reader?.read();
        if (!chunk || chunk.done) break;
        buffer += text.decode(chunk.value, { stream: true });
        let end = buffer.search(/\r\n|\r|\n/);
        while (end >= 0) {
          const line = buffer.slice(0, end);
          buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
          if (line === '') {
            if (data.length) this.dispatch(type || 'message', { data: data.join('\n'), lastEventId: this.lastEventId });
            type = '';
            data = [];
          } else if (!line.startsWith(':')) {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') type = value;
            else if (field === 'data') data.push(value);
            else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
            else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
          }
          end = buffer.search(/\r\n|\r|\n/);
        }
      }
    } catch {
      // The connection broke: reconnect below.
    }
    this.dropped();
  }

  private dropped(): void {
    if (this.readyState === 2) return;
    this.readyState = 0;
    this.dispatch('error');
    setTimeout(() => {
      if (this.readyState !== 2) void this.connect();
    }, this.retryMs);
  }
}

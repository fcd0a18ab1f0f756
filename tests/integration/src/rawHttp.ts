import { Agent, request as httpRequest } from 'node:http';

/** A request exactly as it goes on the wire: fetch would normalise the path and fix the headers. */
export interface RawRequest {
  readonly method: string;
  /** Path and query string, sent verbatim (printable ASCII: Node refuses anything else). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array | undefined;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** Keep-alive, so a few thousand requests in a property run do not each open a socket. */
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/**
 * Sends one {@link RawRequest} to `origin` (`http://127.0.0.1:port`) over `node:http`, with a
 * `content-length` for the body as given, and reads the whole answer.
 */
export function sendRaw(origin: string, raw: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  const body = typeof raw.body === 'string' ? Buffer.from(raw.body) : raw.body;
  const headers = { ...raw.headers, ...(body ? { 'content-length': String(body.byteLength) } : {}) };
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, method: raw.method, path: raw.path, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Closes the kept-alive sockets (after the servers are gone there is nothing to keep). */
export function closeRawAgent(): void {
  agent.destroy();
}

export type UpstreamBody =
  /** The whole body, parsed; `payload` is `undefined` when it is empty or not JSON. */
  | { readonly ok: true; readonly payload: unknown }
  /** Larger than allowed: reading stopped and the connection was let go. */
  | { readonly ok: false; readonly reason: 'too-large' };

/**
 * Decodes whole bodies only: a decoder used with `{ stream: true }` leaves Node's fast UTF-8 path
 * for a slower converter of its own, and the text it builds piece by piece parses slower too.
 * Without `stream` a decoder keeps no state between calls, so one serves every request.
 */
const decoder = new TextDecoder();

/**
 * Reads an upstream answer's body as a stream, counting bytes, under the call's `signal`.
 *
 * - Past `maxBytes` (a declared `content-length` is checked first, the stream is counted too),
 *   it cancels the body, which closes the connection, and answers `too-large`.
 * - When `signal` aborts (deadline or browser gone) it cancels the body and throws the signal's
 *   reason. The cancel comes from a listener that holds the reader, rather than from fetch's
 *   own abort handling, which is lost once fetch's request is garbage-collected
 *   (see `upstreamDeadline.ts`).
 * - A broken connection throws the stream's error.
 *
 * @example
 * ```ts
 * const body = await readUpstreamBody(response, 4 * 1024 * 1024, deadline.signal)
 * if (!body.ok) return kitError('ESIGN_KIT_UPSTREAM_TOO_LARGE', secrets)
 * ```
 */
export async function readUpstreamBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<UpstreamBody> {
  const { body } = response;
  if (!body) return { ok: true, payload: undefined };
  if (declaredLength(response.headers) > maxBytes) {
    await body.cancel().catch(ignore);
    return { ok: false, reason: 'too-large' };
  }
  const reader = body.getReader();
  const onAbort = () => void reader.cancel(signal.reason).catch(ignore);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });

  const chunks: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  try {
    for (;;) {
      // A read pending while the body is cancelled ends as `done`: the signal tells an abort
      // from the end of the body.
      const next = await reader.read();
      signal.throwIfAborted();
      if (next.done) break;
      size += next.value.byteLength;
      if (size > maxBytes) return { ok: false, reason: 'too-large' };
      chunks.push(next.value);
    }
    complete = true;
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (!complete) void reader.cancel().catch(ignore);
  }
  return { ok: true, payload: parseJson(decoder.decode(joined(chunks, size))) };
}

/** The chunks as one array (most bodies arrive in one chunk: no copy then). */
function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The declared size of a body sent as is; a compressed body's length says nothing of what it expands to. */
function declaredLength(headers: Headers): number {
  const encoding = headers.get('content-encoding');
  if (encoding && encoding.toLowerCase() !== 'identity') return 0;
  const length = Number(headers.get('content-length') ?? '0');
  return Number.isFinite(length) ? length : 0;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function ignore(): void {}

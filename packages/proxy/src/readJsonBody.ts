export type BodyResult =
  | { readonly ok: true; readonly body: unknown }
  | { readonly ok: false; readonly reason: 'too-large' | 'not-json' };

/**
 * Reads a JSON request body, stopping as soon as it passes `maxBytes` (a declared
 * `content-length` is checked first, but a stream is counted too: the header can lie).
 * An empty body reads as `undefined`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const bytes = await readBodyBytes(request, maxBytes);
  return bytes ? parseJson(bytes) : { ok: false, reason: 'too-large' };
}

/**
 * The whole request body as bytes (empty when there is none), or `undefined` once it passes
 * `maxBytes`: for a route that needs the raw bytes (a webhook signature is computed over them).
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  const length = request.headers.get('content-length');
  const declared = Number(length ?? '0');
  if (declared > maxBytes) return undefined;
  // With a declared length within the limit, the HTTP parser delivers at most that many bytes,
  // so the body can be read in one go: on Node, @hono/node-server then reads the socket
  // directly instead of building a web stream for it (cheaper on the hot path). The size is
  // still checked afterwards, for a Request built in-process with a wrong header.
  if (length !== null && /^\d+$/.test(length)) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > maxBytes ? undefined : bytes;
  }
  if (!request.body) return new Uint8Array();

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return joinChunks(chunks, size);
}

/** Whole bodies only (no `stream`), so one decoder, keeping no state between calls, serves every request. */
const decoder = new TextDecoder();

function parseJson(bytes: Uint8Array): BodyResult {
  if (bytes.byteLength === 0) return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(decoder.decode(bytes)) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** True for `application/json`, with or without parameters such as `charset`. */
export function isJsonContentType(value: string | null): boolean {
  return /^application\/json\s*(;|$)/i.test(value ?? '');
}

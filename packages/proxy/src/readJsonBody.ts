export type BodyResult =
  | { readonly ok: true; readonly body: unknown }
  | { readonly ok: false; readonly reason: 'too-large' | 'not-json' };

/**
 * Reads a JSON request body, stopping as soon as it passes `maxBytes` (a declared
 * `content-length` is checked first, but a stream is counted too: the header can lie).
 * An empty body reads as `undefined`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: true, body: undefined };

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  if (size === 0) return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(decodeChunks(chunks, size)) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

function decodeChunks(chunks: readonly Uint8Array[], size: number): string {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** True for `application/json`, with or without parameters such as `charset`. */
export function isJsonContentType(value: string | null): boolean {
  return /^application\/json\s*(;|$)/i.test(value ?? '');
}

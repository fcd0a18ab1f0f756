/** A JSON answer in Prix's envelope style, never cached. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function failure(status: number, errorCode: string, message: string): Response {
  return json({ ok: false, errorCode, message }, status);
}

/**
 * Whether a state-changing request comes from the app's own pages: the browser's `Origin` (or
 * `Sec-Fetch-Site`) must say so. The session cookie is SameSite=Lax, and this is the second lock.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin === new URL(request.url).origin;
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'none';
}

/** The JSON body, or `undefined` when it is missing or not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

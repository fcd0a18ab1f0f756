/**
 * Which browser pages on other origins may drive the control surface (`controlOrigins` option).
 * Entries are exact origins (`http://localhost:5173`) or `'loopback'`: any page served from this
 * machine (`localhost`, `127.0.0.0/8`, `[::1]`, any port). Development only: the sandbox holds
 * fake data, but a listed origin can reset it, seed it and sign for its participants.
 */
export type ControlOrigins = readonly string[];

const loopbackHosts = new Set(['localhost', '[::1]']);

/** Whether `origin` is a page on this machine (`http(s)://localhost`, `127.x.x.x`, `[::1]`). */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return loopbackHosts.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}

/** Whether a browser page on `origin` may call the control surface, state-changing routes included. */
export function isControlOrigin(origin: string, allowed: ControlOrigins): boolean {
  return allowed.includes(origin) || (allowed.includes('loopback') && isLoopbackOrigin(origin));
}

/** The CORS headers of a control response to a page on an allowed origin. */
export function controlCorsHeaders(origin: string): Record<string, string> {
  return { 'access-control-allow-origin': origin, vary: 'origin' };
}

/** The answer to a CORS preflight from an allowed origin (JSON bodies need one). */
export function controlPreflight(origin: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...controlCorsHeaders(origin),
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '600',
    },
  });
}

/**
 * Where page URLs may point. Prix's hosted pages live on `https://www.prix.im` (reference §1.5);
 * in development the sandbox serves its own pages on a loopback origin.
 *
 * An entry is an exact origin (`https://www.prix.im`, `http://127.0.0.1:4010`), a wildcard
 * over subdomains (`https://*.prix.im`, https only), or `'loopback'` (any loopback origin, what the
 * default adds in development). Nothing else passes, so a `javascript:`, `data:` or foreign URL
 * from a compromised proxy is never opened.
 */
export const defaultPageOrigins: readonly string[] = ['https://www.prix.im'];

export type PageUrlCheck =
  | { readonly ok: true; readonly url: string; readonly origin: string }
  | {
      readonly ok: false;
      readonly reason: string;
      /** The refused URL's origin, when only its origin was wrong (adding it to the list would let it through). */
      readonly origin?: string;
    };

/** `http(s)://localhost`, `127.0.0.1` or `[::1]`, any port: where the sandbox serves its pages. */
export function isLoopbackOrigin(origin: string): boolean {
  return /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin);
}

/**
 * The allowlist a launcher uses when it was given none: Prix's origin, plus any loopback origin
 * while the app itself runs on one (development against the sandbox, which serves its pages on
 * its own loopback port). A deployed app (not on loopback) gets Prix's origin only.
 */
export function defaultOriginsFor(appOrigin: string): readonly string[] {
  return isLoopbackOrigin(appOrigin) ? [...defaultPageOrigins, loopbackOrigins] : defaultPageOrigins;
}

/** The allowlist entry that stands for every loopback origin (see {@link defaultOriginsFor}). */
export const loopbackOrigins = 'loopback';

/**
 * Checks a page URL against the allowed origins.
 *
 * @example
 * ```ts
 * checkPageUrl('javascript:alert(1)', defaultPageOrigins) // { ok: false, reason: 'protocol "javascript:" is not allowed' }
 * checkPageUrl('https://www.prix.im/contracts/1', defaultPageOrigins).ok // true
 * ```
 */
export function checkPageUrl(value: unknown, allowedOrigins: readonly string[]): PageUrlCheck {
  if (!value || typeof value !== 'string') return { ok: false, reason: 'the URL is empty' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'the URL is not absolute' };
  }
  const exact =
    allowedOrigins.includes(url.origin) || (allowedOrigins.includes(loopbackOrigins) && isLoopbackOrigin(url.origin));
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `protocol "${url.protocol}" is not allowed` };
  }
  if (url.username || url.password) return { ok: false, reason: 'URLs with credentials are not allowed' };
  if (exact || allowedOrigins.some((pattern) => matchesWildcard(pattern, url))) {
    return { ok: true, url: url.href, origin: url.origin };
  }
  // Plain http is allowed only where its exact origin is listed (the sandbox), never by a wildcard.
  return { ok: false, reason: `origin ${url.origin} is not on the allowlist`, origin: url.origin };
}

function matchesWildcard(pattern: string, url: URL): boolean {
  const match = /^https:\/\/\*\.([a-z0-9.-]+)$/i.exec(pattern);
  if (!match || url.protocol !== 'https:' || url.port !== '') return false;
  const suffix = (match[1] as string).toLowerCase();
  return url.hostname.endsWith(`.${suffix}`);
}

/**
 * Where page URLs may point. Prix's hosted pages live on `https://www.prix.im` (reference §1.5);
 * in development the sandbox serves its own pages on a loopback origin.
 *
 * An entry is an exact origin (`https://www.prix.im`, `http://127.0.0.1:4010`) or a wildcard
 * over subdomains (`https://*.prix.im`). Only `https:` URLs pass unless their exact origin is
 * listed, so a `javascript:`, `data:` or foreign URL from a compromised proxy is never opened.
 */
export const defaultPageOrigins: readonly string[] = ['https://www.prix.im'];

export type PageUrlCheck =
  | { readonly ok: true; readonly url: string; readonly origin: string }
  | { readonly ok: false; readonly reason: string };

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
  if (typeof value !== 'string' || value === '') return { ok: false, reason: 'the URL is empty' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'the URL is not absolute' };
  }
  const exact = allowedOrigins.includes(url.origin);
  if (url.protocol !== 'https:' && !(exact && url.protocol === 'http:')) {
    return { ok: false, reason: `protocol "${url.protocol}" is not allowed` };
  }
  if (url.username || url.password) return { ok: false, reason: 'URLs with credentials are not allowed' };
  if (exact || allowedOrigins.some((pattern) => matchesWildcard(pattern, url))) {
    return { ok: true, url: url.href, origin: url.origin };
  }
  return { ok: false, reason: `origin ${url.origin} is not on the allowlist` };
}

function matchesWildcard(pattern: string, url: URL): boolean {
  const match = /^https:\/\/\*\.([a-z0-9.-]+)$/i.exec(pattern);
  if (!match || url.protocol !== 'https:' || url.port !== '') return false;
  const suffix = (match[1] as string).toLowerCase();
  return url.hostname.endsWith(`.${suffix}`);
}

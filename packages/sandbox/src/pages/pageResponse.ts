import { randomToken } from '../domain/ids.js';
import type { PageOutcome } from './pageTypes.js';
import { renderDocument } from './render.js';

/** How one page response is locked down. */
export interface PageSecurity {
  /** `X-Frame-Options: DENY` and `frame-ancestors 'none'`: the sandbox's framing switch. */
  readonly refuseFraming: boolean;
}

/**
 * The headers of a hosted page. The CSP allows nothing but the page's one inline style and one
 * inline script (by `nonce`), and forms that post back to the sandbox, or end up at the origins
 * the page redirects to afterwards (`successUrl`, `redirectUrl`): browsers check `form-action`
 * on the redirect too. Framing is allowed unless the switch says otherwise, so the page launcher
 * can open pages in a modal frame; refused, both the old header and the CSP directive say so.
 */
export function pageHeaders(
  nonce: string,
  security: PageSecurity,
  formTargets: readonly (string | null | undefined)[] = [],
): Record<string, string> {
  const origins = formTargets.map((target) => (target ? originOf(target) : undefined));
  const targets = [...new Set(origins.filter((origin): origin is string => origin !== undefined))];
  const directives = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    ['form-action', "'self'", ...targets].join(' '),
    ...(security.refuseFraming ? ["frame-ancestors 'none'"] : []),
  ];
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': directives.join('; '),
    // Page URLs hold their token: never sent to another site. (Not `no-referrer`: browsers then
    // send `Origin: null` with the page's own form posts, which the router could not tell apart.)
    'referrer-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    ...(security.refuseFraming ? { 'x-frame-options': 'DENY' } : {}),
  };
}

/** Turns a page's outcome into its response: the HTML document, or a 303 after a form. */
export function toPageResponse(
  outcome: PageOutcome,
  security: PageSecurity,
  options: {
    readonly headOnly?: boolean;
    readonly headers?: Record<string, string>;
    readonly operationId?: string;
  } = {},
): Response {
  if (outcome.type === 'redirect') {
    return new Response(null, { status: 303, headers: { location: outcome.location, 'cache-control': 'no-store' } });
  }
  const nonce = randomToken(18);
  const { title, description, body } = outcome;
  const document = renderDocument({ title, description, body, nonce, operationId: options.operationId });
  return new Response(options.headOnly ? null : document, {
    status: outcome.status ?? 200,
    headers: { ...pageHeaders(nonce, security, outcome.formTargets), ...options.headers },
  });
}

/** The origin of an `http(s)` URL, as a CSP source; `undefined` for anything else. */
function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

import type { EsignProxyErrorEvent } from './options.js';
import { type Refusal, refuse } from './pipeline/outcome.js';
import type { TrustedOrigins } from './publicOrigins.js';
import { checkRedirects, hasRedirectField } from './redirectPolicy.js';

export interface OriginPolicy {
  /**
   * Whether a state-changing request may go ahead, judged by the headers browsers set and pages
   * cannot forge: `Origin` (sent with every cross-origin request and every POST) and
   * `Sec-Fetch-Site`. A request with neither comes from something that is not a browser (a
   * server, curl) and carries no ambient cookies a forged page could borrow, so it passes;
   * `authorize` still decides.
   */
  checkWrite(request: Request, url: URL, operationId: string): Promise<Refusal | undefined>;
  /** Whether every `successUrl` / `redirectUrl` of the input points to a trusted origin (no open redirect). */
  checkRedirects(request: Request, url: URL, input: unknown, operationId: string): Promise<Refusal | undefined>;
}

/** Header values are echoed in refusals for the developer reading them: bounded, never whole. */
const shown = (value: string) => (value.length > 200 ? `${value.slice(0, 200)}…` : value);

/**
 * The cross-site and redirect checks over the origins `trustedOrigins` answers per request
 * (see `createOriginResolver`). Refusals name the origin seen and the option to change; a
 * missing configuration answers 500 `ESIGN_KIT_ORIGIN_NOT_CONFIGURED` and is told to `onError`.
 */
export function createOriginPolicy(
  trustedOrigins: (request: Request, url: URL, check: 'writes' | 'redirects') => Promise<TrustedOrigins>,
  onError: ((event: EsignProxyErrorEvent) => void) | undefined,
): OriginPolicy {
  function notConfigured(detail: string, operationId: string): Refusal {
    try {
      onError?.({ errorCode: 'ESIGN_KIT_ORIGIN_NOT_CONFIGURED', status: 500, operationId, detail });
    } catch {
      // The app's logger failing must not change the answer.
    }
    return refuse('ESIGN_KIT_ORIGIN_NOT_CONFIGURED');
  }
  const crossSite = (path: string, message: string) => refuse('ESIGN_KIT_CROSS_SITE', { issues: [{ path, message }] });

  return {
    async checkWrite(request, url, operationId) {
      const origin = request.headers.get('origin');
      if (origin === null) {
        const site = request.headers.get('sec-fetch-site');
        if (site === null || site === 'same-origin' || site === 'none') return undefined;
        return crossSite(
          'Sec-Fetch-Site',
          `The browser marked this request "${shown(site)}"; only the app's own pages may change data.`,
        );
      }
      if (origin === 'null') {
        return crossSite('Origin', 'Origin "null" (a sandboxed frame, a file, a redirect) is never trusted.');
      }
      const trusted = await trustedOrigins(request, url, 'writes');
      if (!trusted.ok) return notConfigured(trusted.detail, operationId);
      if (trusted.origins.includes(origin)) return undefined;
      const among = trusted.derived
        ? `the proxy's own loopback origin (${trusted.origins.join(', ')}), which stands in while publicOrigins is unset. Set publicOrigins to the origins browsers load the app from`
        : `${trusted.setting} (${trusted.origins.join(', ') || 'none'}). If the app is served from it, add it to ${trusted.setting}`;
      return crossSite('Origin', `Origin ${shown(origin)} is not ${trusted.derived ? '' : 'among '}${among}.`);
    },

    async checkRedirects(request, url, input, operationId) {
      // An input without any redirect field needs no origins.
      if (!hasRedirectField(input)) return undefined;
      const trusted = await trustedOrigins(request, url, 'redirects');
      if (!trusted.ok) return notConfigured(trusted.detail, operationId);
      const issues = checkRedirects(input, trusted.origins);
      if (!issues.length) return undefined;
      const hint = trusted.derived
        ? 'That is the loopback origin of the request, used while publicOrigins is unset.'
        : `Those are ${trusted.setting}; add the origin there to allow it.`;
      return refuse('ESIGN_KIT_INVALID_INPUT', {
        issues: issues.map((issue) => ({ path: issue.path, message: `${issue.message} ${hint}` })),
      });
    },
  };
}

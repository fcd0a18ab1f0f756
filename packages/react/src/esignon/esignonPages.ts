import { type EsignClient, loopbackOrigins } from '@esign-kit/core';

/**
 * Where eSignon serves its signing pages (https://developer.esignon.net/: API and pages share
 * `https://docs.esignon.net`). The eSignon buttons allow it when the provider sets no
 * `pages.allowedOrigins`; an app that sets them must list it (and, for downloads, the origin its
 * `doc_url`s point to, which the reference does not name).
 */
export const esignonPageOrigins: readonly string[] = ['https://docs.esignon.net'];

/** A loopback origin, as the launcher's allowlist reads it (core's `isLoopbackOrigin` is not public). */
const loopback = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * The origins an eSignon page may open on: the app's own list when it set one, else eSignon's,
 * plus any loopback origin (the sandbox's) while the app runs on loopback, as for Prix's pages.
 *
 * @example
 * ```ts
 * esignonAllowedOrigins(undefined, 'https://admin.example.com') // ['https://docs.esignon.net']
 * ```
 */
export function esignonAllowedOrigins(configured: readonly string[] | undefined, appOrigin: string | undefined) {
  if (configured) return configured;
  return appOrigin && loopback.test(appOrigin) ? [...esignonPageOrigins, loopbackOrigins] : esignonPageOrigins;
}

/**
 * Adds `callback_fn=true` to a signing page URL: with it, eSignon's page posts to its opener when
 * the signer closes the completion popup (reference: `callback_fn`, https://developer.esignon.net/).
 * The browser adds it because the browser decides to keep the opener; a URL that does not parse
 * is returned untouched (the launcher's allowlist refuses it next).
 */
export function withOpenerCallback(url: unknown): unknown {
  if (typeof url !== 'string') return url;
  try {
    const parsed = new URL(url);
    parsed.searchParams.set('callback_fn', 'true');
    return parsed.href;
  } catch {
    return url;
  }
}

/** A client whose page-URL answers carry {@link withOpenerCallback}'s parameter; for the sign button only. */
export function openerCallbackClient(client: EsignClient): EsignClient {
  return {
    baseUrl: client.baseUrl,
    locale: client.locale,
    request: (async (operation, input, options) => {
      const data = (await client.request(operation, input, options)) as { url?: unknown } | undefined;
      return data && typeof data === 'object' ? { ...data, url: withOpenerCallback(data.url) } : data;
    }) as EsignClient['request'],
  };
}

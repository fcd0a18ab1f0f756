import type { ResolvedProxyOptions } from '../options.js';
import { redact } from '../redact.js';
import { errorCodeOf } from '../respond.js';
import type { VendorRoute, VendorRouteContext } from '../vendor/Vendor.js';
import type { Answer } from './outcome.js';

/**
 * Serves a request a vendor sends the proxy (a callback) with its route. None of the browser
 * checks apply (origin, `authenticate`, `authorize`): the route authenticates its caller
 * itself. What it tells `onError`, and its answer's body, are redacted of every vendor's
 * static secrets; a throwing route is the proxy's 500, without details, like any other throw.
 * `publish` (when the proxy's events are on) lets the route tell the live streams.
 */
export async function serveVendorRoute(
  config: Pick<ResolvedProxyOptions, 'store' | 'onError' | 'staticSecrets'>,
  route: VendorRoute,
  request: Request,
  publish?: VendorRouteContext['publish'],
): Promise<Answer> {
  const secrets = config.staticSecrets;
  const report = (errorCode: string, status: number, detail: string) =>
    config.onError?.({ errorCode, status, operationId: undefined, detail: redact(detail, secrets) });
  const response = await route.handle(request, { store: config.store, report, ...(publish ? { publish } : {}) });
  return { kind: 'answer', response: await redacted(response, secrets), errorCode: errorCodeOf(response) };
}

/** The answer with every secret removed from its body (a callback's answer is small: read whole). */
async function redacted(response: Response, secrets: readonly string[]): Promise<Response> {
  if (!(secrets.length && response.body)) return response;
  const text = await response.text();
  let clean = text;
  for (const secret of secrets) clean = clean.replaceAll(secret, '[redacted]');
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(clean, { status: response.status, statusText: response.statusText, headers });
}

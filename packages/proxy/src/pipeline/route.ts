import type { AnyOperation, RouteMatcher } from '@esign-kit/core/server';
import { serveReturnPage } from '../returnPage.js';
import type { VendorRoute } from '../vendor/Vendor.js';
import type { VendorRouter } from '../vendor/vendorRoutes.js';
import { type Answer, answered, type Refusal, refuse } from './outcome.js';

/** The operation a request is for, with its decoded path parameters. */
export interface Routed {
  readonly kind: 'operation';
  readonly operation: AnyOperation;
  readonly params: Readonly<Record<string, string>>;
}

/** A request a vendor sends the proxy (a callback): its route answers it. */
export interface RoutedToVendor {
  readonly kind: 'vendor-route';
  readonly route: VendorRoute;
}

/** A path the proxy serves whole (the live event stream, the Prix webhook): its answer goes out as it is. */
export interface RoutedToOwn {
  readonly kind: 'own-route';
  readonly serve: (request: Request) => Promise<Response>;
}

/** Finds the handler of one of the proxy's own paths (live events); `undefined` for any other. */
export type OwnRouter = (subPath: string) => ((request: Request) => Promise<Response>) | undefined;

/**
 * Route: the path under `prefix` (`<basePath>/`) to one of the proxy's own routes (live events),
 * a vendor's route (a callback) or a registered operation. The return page is served here;
 * anything else is 404 `ESIGN_KIT_UNKNOWN_OPERATION`, or 405 with `Allow` for a known path and
 * another method.
 */
export function route(
  matchRoute: RouteMatcher,
  vendorRouter: VendorRouter | undefined,
  prefix: string,
  request: Request,
  url: URL,
  ownRouter?: OwnRouter,
): Routed | RoutedToVendor | RoutedToOwn | Answer | Refusal {
  if (!url.pathname.startsWith(prefix)) return refuse('ESIGN_KIT_UNKNOWN_OPERATION');
  const subPath = url.pathname.slice(prefix.length);
  const returnPage = serveReturnPage(request, subPath);
  if (returnPage) return answered(returnPage);
  const own = ownRouter?.(subPath);
  if (own) return { kind: 'own-route', serve: own };
  const vendorMatch = vendorRouter?.(request.method, subPath);
  if (vendorMatch?.kind === 'route') return { kind: 'vendor-route', route: vendorMatch.route };
  const match = matchRoute(request.method, subPath);
  if (match.kind === 'not-found' && vendorMatch) {
    return refuse('ESIGN_KIT_METHOD_NOT_ALLOWED', { headers: { allow: vendorMatch.allowed.join(', ') } });
  }
  if (match.kind === 'not-found') return refuse('ESIGN_KIT_UNKNOWN_OPERATION');
  if (match.kind === 'method-not-allowed') {
    return refuse('ESIGN_KIT_METHOD_NOT_ALLOWED', { headers: { allow: match.allowed.join(', ') } });
  }
  return { kind: 'operation', operation: match.operation, params: match.params };
}

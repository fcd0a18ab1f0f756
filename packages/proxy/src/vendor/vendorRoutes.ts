import type { RouteMatcher } from '@esign-kit/core/server';
import type { Vendor, VendorRoute } from './Vendor.js';

/** Where a request's path stands among the vendors' routes. */
export type VendorRouteMatch =
  | { readonly kind: 'route'; readonly route: VendorRoute }
  /** A route's path with another method: the methods it takes, for `Allow`. */
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] };

/** Finds the vendor route of a path under the base path; `undefined` when no route has that path. */
export type VendorRouter = (method: string, subPath: string) => VendorRouteMatch | undefined;

/** Paths the proxy serves itself (the return page, live events), which no vendor route may take. */
const reservedPaths = new Set(['return', 'return.js', 'events', 'prix/webhook']);

/**
 * Collects every vendor's `routes` by path (no leading or trailing slash), refusing at start-up
 * (a `TypeError`) a route served twice, one on a path the proxy serves itself, and one that an
 * allowed operation would also answer (the route, served first, would hide it). `undefined`
 * when no vendor has routes, so the proxy skips the look-up.
 */
export function createVendorRouter(vendors: Iterable<Vendor>, matchOperation: RouteMatcher): VendorRouter | undefined {
  const byPath = new Map<string, Map<string, VendorRoute>>();
  for (const vendor of vendors) {
    for (const route of vendor.routes ?? []) {
      const path = route.path.replace(/^\/+|\/+$/g, '');
      const method = route.method.toUpperCase();
      const where = `${method} ${path} (vendor "${vendor.id}")`;
      if (typeof route.handle !== 'function' || !path) {
        throw new TypeError(`createEsignProxy: the route ${where} needs a path and a \`handle\` function.`);
      }
      if (reservedPaths.has(path))
        throw new TypeError(`createEsignProxy: the route ${where} takes a path of the proxy's own.`);
      if (matchOperation(method, path).kind === 'match') {
        throw new TypeError(`createEsignProxy: the route ${where} is also an allowed operation's path.`);
      }
      const methods = byPath.get(path) ?? new Map<string, VendorRoute>();
      if (methods.has(method)) throw new TypeError(`createEsignProxy: two vendor routes share ${method} ${path}.`);
      byPath.set(path, methods.set(method, route));
    }
  }
  if (!byPath.size) return undefined;
  return (method, subPath) => {
    const methods = byPath.get(subPath);
    if (!methods) return undefined;
    const route = methods.get(method);
    return route ? { kind: 'route', route } : { kind: 'method-not-allowed', allowed: [...methods.keys()] };
  };
}

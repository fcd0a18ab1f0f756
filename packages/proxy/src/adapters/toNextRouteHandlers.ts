import type { FetchHandler } from './fetchHandler.js';

/** A Next.js App Router route handler; the second argument (`{ params }`) is not needed. */
export type NextRouteHandler = (request: Request) => Promise<Response>;

/** The methods a route file exports. The proxy answers 405 with `Allow` for a wrong one itself. */
export interface NextRouteHandlers {
  readonly GET: NextRouteHandler;
  readonly HEAD: NextRouteHandler;
  readonly POST: NextRouteHandler;
  readonly PUT: NextRouteHandler;
  readonly PATCH: NextRouteHandler;
  readonly DELETE: NextRouteHandler;
}

/**
 * Adapts the proxy to Next.js App Router route handlers, for a catch-all route at the proxy's
 * `basePath`: `app/api/esign/[...path]/route.ts`. Next.js hands each method's export a
 * standard Request (a `NextRequest`) with the whole URL, so every method is the proxy itself.
 * Keep the route on the Node.js runtime (the default): the package's entry also loads
 * `@hono/node-server` for `toNodeListener`. With `basePath` set in `next.config`, include it in
 * the proxy's `basePath` too, since the request's URL carries it.
 *
 * Set `publicOrigins`: a route handler's `request.url` is `http://localhost:PORT/…` whatever the
 * domain, so without it every browser write on a real domain would be refused as cross-site (and
 * with `NODE_ENV=production` the proxy refuses to start without it).
 *
 * @example
 * ```ts
 * // app/api/esign/[...path]/route.ts
 * import { createEsignProxy, toNextRouteHandlers } from '@esign-kit/proxy'
 *
 * const proxy = createEsignProxy({
 *   apiKey: process.env.PRIX_API_KEY!,
 *   upstream,
 *   authorize,
 *   publicOrigins: [process.env.PUBLIC_ORIGIN!], // 'https://admin.example.com': not request.url
 * })
 * export const { GET, HEAD, POST, PUT, PATCH, DELETE } = toNextRouteHandlers(proxy)
 * ```
 */
export function toNextRouteHandlers(handler: FetchHandler): NextRouteHandlers {
  // The same function under every name: the proxy routes by method and path on its own.
  const route: NextRouteHandler = async (request) => handler(request);
  return { GET: route, HEAD: route, POST: route, PUT: route, PATCH: route, DELETE: route };
}

import type { FetchHandler } from './fetchHandler.js';

/**
 * The part of Hono's `Context` the handler reads (`c.req.raw`, the standard Request), typed by
 * shape so that the proxy does not depend on Hono.
 */
export interface HonoContextLike {
  readonly req: { readonly raw: Request };
}

/**
 * Adapts the proxy to Hono: `app.all('/api/esign/*', toHonoHandler(proxy))`. Hono keeps the
 * whole URL in `c.req.raw` (also under `app.route()` and `app.basePath()`), so the proxy's
 * `basePath` is the full public path. Hono's handlers already speak fetch, so this is one line;
 * it exists so the type fits `app.all` and the intent is named.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono'
 * import { createEsignProxy, toHonoHandler } from '@esign-kit/proxy'
 *
 * const app = new Hono()
 * const publicOrigins = ['https://admin.example.com'] // where browsers load the app from
 * app.all('/api/esign/*', toHonoHandler(createEsignProxy({ apiKey, upstream, authorize, publicOrigins })))
 * export default app
 * ```
 */
export function toHonoHandler(handler: FetchHandler): (context: HonoContextLike) => Promise<Response> {
  return async (context) => handler(context.req.raw);
}

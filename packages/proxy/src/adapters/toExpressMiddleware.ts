import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FetchHandler } from './fetchHandler.js';
import { toNodeListener } from './toNodeListener.js';

/**
 * The parts of an Express or Connect request the middleware reads, typed by shape so that the
 * proxy depends on neither. Both frameworks' own request types fit.
 */
export interface MiddlewareRequest extends IncomingMessage {
  /** The URL before a mount path was cut off (`app.use('/api/esign', …)` leaves `/contracts/…` in `url`). */
  originalUrl?: string | undefined;
  /** Set by body parsers such as `express.json()`, which have then read the stream. */
  body?: unknown;
  /** A copy of the body's bytes some setups keep (a body parser's `verify`, Cloud Functions). */
  rawBody?: unknown;
}

/** Express's and Connect's `next`: no argument to pass the request on, an error to fail it. */
export type MiddlewareNext = (error?: unknown) => void;

/** A Connect-style middleware, as `app.use` takes it. */
export type EsignMiddleware = (request: MiddlewareRequest, response: ServerResponse, next: MiddlewareNext) => void;

export interface ExpressMiddlewareOptions {
  /**
   * The proxy's own `basePath`, the full public path (not the mount path). Requests outside it
   * go to `next()`, so the middleware may also be mounted without a path.
   * @default '/api/esign'
   */
  basePath?: string;
}

/**
 * Adapts the proxy to Express (4 and 5; tested with 5) and Connect: `app.use('/api/esign', toExpressMiddleware(proxy))`
 * or `app.use(toExpressMiddleware(proxy))`. Mounted under a path, Express and Connect cut it off
 * `req.url`; the proxy is given the whole URL again (`req.originalUrl`), so its routes, the
 * same-origin check and the return page see what the browser sent. Paths outside `basePath`
 * go to `next()`. Answers are written as with `toNodeListener`.
 *
 * Body parsers: mount the middleware before `express.json()` and the proxy reads the body
 * itself, with its own size limit. Mounted after one, it still works: a parsed JSON body
 * (`req.body`) is serialised again (a `Buffer` from `express.raw()` or a string from
 * `express.text()` is used as it is, and a `req.rawBody` Buffer is preferred to both), then
 * validated as usual. The body parser's own limit (100 kB for `express.json()`) then applies
 * first. A body that some other middleware read without leaving it in `req.body` cannot be
 * recovered: the request fails through `next(error)` with a message that says so.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { createEsignProxy } from '@esign-kit/proxy'
 * import { toExpressMiddleware } from '@esign-kit/proxy/node'
 *
 * const proxy = createEsignProxy({
 *   apiKey: process.env.PRIX_API_KEY!,
 *   upstream,
 *   authorize,
 *   publicOrigins: ['https://admin.example.com'], // where browsers load the app from
 * })
 * const app = express()
 * app.use('/api/esign', toExpressMiddleware(proxy))
 * app.listen(3000)
 * ```
 */
export function toExpressMiddleware(handler: FetchHandler, options: ExpressMiddlewareOptions = {}): EsignMiddleware {
  // Normalised as the proxy does it: `api/esign/` → `/api/esign/`, and `/` → every path.
  const trimmed = (options.basePath ?? '/api/esign').replace(/^\/+|\/+$/g, '');
  const prefix = trimmed ? `/${trimmed}/` : '/';
  const listener = toNodeListener(handler);
  return function esignProxyMiddleware(request, response, next) {
    const url = request.originalUrl ?? request.url ?? '/';
    if (!url.startsWith(prefix)) return next();
    const takesBody = request.method !== 'GET' && request.method !== 'HEAD';
    if (takesBody && request.readableEnded && !Buffer.isBuffer(request.rawBody)) {
      const bytes = bodyBytes(request.body);
      if (!bytes) {
        return next(
          new Error(
            'toExpressMiddleware: the request body was already read by another middleware and is not in req.body. Mount the esign-kit proxy before that middleware.',
          ),
        );
      }
      // @hono/node-server takes a body that was read before from `rawBody` (as on Cloud Functions).
      request.rawBody = bytes;
    }
    // The Node ↔ fetch conversion reads `url` synchronously, when the listener is called: the
    // whole URL is put back for that moment only, and what the app's other middleware sees is kept.
    const mountedUrl = request.url;
    request.url = url;
    try {
      listener(request, response);
    } finally {
      request.url = mountedUrl;
    }
  };
}

/** The bytes of a body a parser has already turned into `req.body`; `undefined` when there is none. */
function bodyBytes(body: unknown): Buffer | undefined {
  if (body === undefined) return undefined;
  if (Buffer.isBuffer(body)) return body;
  return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
}

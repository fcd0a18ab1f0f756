import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { FetchHandler } from './fetchHandler.js';

/**
 * Adapts the proxy to Node's `http` server (and to anything that takes a Node request listener).
 * The Node ↔ fetch conversion is `@hono/node-server`'s, a maintained implementation.
 *
 * @example
 * ```ts
 * const publicOrigins = ['https://admin.example.com'] // where browsers load the app from
 * createServer(toNodeListener(createEsignProxy({ apiKey, upstream, authorize, publicOrigins }))).listen(3000)
 * ```
 */
export function toNodeListener(handler: FetchHandler): (request: IncomingMessage, response: ServerResponse) => void {
  // `overrideGlobalObjects: false`: a library must not swap the host app's global Request and Response.
  const listener = getRequestListener(handler, { overrideGlobalObjects: false });
  return (request, response) => {
    void listener(request, response);
  };
}

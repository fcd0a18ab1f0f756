import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { type PlainAnswerRequest, plainAnswerOf, writesPlainAnswers } from '../plainAnswer.js';
import type { FetchHandler } from './fetchHandler.js';

/**
 * @hono/node-server skips writing an answer that carries its "already sent" header, but only
 * when the answer is a real (undici) `Response`. If an app made it swap the global `Response`
 * for its own before this module loaded, the marker is one of those: then answers go the usual way.
 */
const canWriteDirectly = Object.getPrototypeOf(RESPONSE_ALREADY_SENT.constructor) === Function.prototype;

/**
 * Adapts the proxy to Node's `http` server (and to anything that takes a Node request listener).
 * The Node ↔ fetch conversion is `@hono/node-server`'s, a maintained implementation. The proxy's
 * own JSON answers are written to Node's response directly, without building a `Response` for
 * them first (see `plainAnswer.ts`); any other answer goes through `@hono/node-server`.
 *
 * @example
 * ```ts
 * const publicOrigins = ['https://admin.example.com'] // where browsers load the app from
 * createServer(toNodeListener(createEsignProxy({ apiKey, upstream, authorize, publicOrigins }))).listen(3000)
 * ```
 */
export function toNodeListener(handler: FetchHandler): (request: IncomingMessage, response: ServerResponse) => void {
  // `overrideGlobalObjects: false`: a library must not swap the host app's global Request and Response.
  const listener = getRequestListener(
    async (request, { outgoing }) => {
      if (canWriteDirectly) (request as PlainAnswerRequest)[writesPlainAnswers] = true;
      const response = await handler(request);
      const answer = plainAnswerOf(response);
      if (!answer) return response;
      // Encoded once: the length is the bytes' and `end` writes them as they are.
      const bytes = Buffer.from(answer.text);
      outgoing.writeHead(answer.status, { ...answer.headers, 'content-length': bytes.byteLength });
      outgoing.end(bytes);
      return RESPONSE_ALREADY_SENT;
    },
    { overrideGlobalObjects: false },
  );
  return (request, response) => {
    void listener(request, response);
  };
}

// `@esign-kit/proxy/node`: the adapters for Node's `http` server, Express and Connect. They are
// the only code that loads `@hono/node-server` and Node's `http` types, so the main entry stays a
// plain fetch handler that Workers, Bun and Deno load without anything of Node's.
export {
  type EsignMiddleware,
  type ExpressMiddlewareOptions,
  type MiddlewareNext,
  type MiddlewareRequest,
  toExpressMiddleware,
} from './adapters/toExpressMiddleware.js';
export { toNodeListener } from './adapters/toNodeListener.js';

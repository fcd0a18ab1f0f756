export type { FetchHandler } from './adapters/fetchHandler.js';
export {
  type EsignMiddleware,
  type ExpressMiddlewareOptions,
  type MiddlewareNext,
  type MiddlewareRequest,
  toExpressMiddleware,
} from './adapters/toExpressMiddleware.js';
export { type HonoContextLike, toHonoHandler } from './adapters/toHonoHandler.js';
export { type NextRouteHandler, type NextRouteHandlers, toNextRouteHandlers } from './adapters/toNextRouteHandlers.js';
export { toNodeListener } from './adapters/toNodeListener.js';
export { createEsignProxy, type EsignProxyHandler } from './createEsignProxy.js';
export { createEsignServerClient, type EsignServerClientOptions } from './createEsignServerClient.js';
export { idempotencyHeader } from './idempotency.js';
export { allow, type OperationAuthorize, type OperationRule } from './operationRules.js';
export type { AuthorizeContext, EsignProxyErrorEvent, EsignProxyLogEvent, EsignProxyOptions } from './options.js';
export { defaultRateLimits, type RateLimitRule } from './rateLimit.js';
export { redact } from './redact.js';
export { createMemoryStore, type MemoryStoreOptions } from './store/memoryStore.js';
export type { ProxyStore } from './store/ProxyStore.js';

export type { FetchHandler } from './adapters/fetchHandler.js';
export { type HonoContextLike, toHonoHandler } from './adapters/toHonoHandler.js';
export { type NextRouteHandler, type NextRouteHandlers, toNextRouteHandlers } from './adapters/toNextRouteHandlers.js';
export { createEsignProxy, type EsignProxy, type EsignProxyHandler } from './createEsignProxy.js';
export {
  createEsignServerClient,
  type EsignServerClientOptions,
  type UpstreamResponseInfo,
} from './createEsignServerClient.js';
export type { EventBus, EventRetention, EventsGone } from './events/EventBus.js';
export { createEventStreamRoute, type EventStreamRouteOptions } from './events/eventStreamRoute.js';
export type { EsignProxyEventsOptions } from './events/eventsOptions.js';
export { createMemoryEventBus, type MemoryEventBusOptions } from './events/memoryEventBus.js';
export { createPrixStatusReader, type PrixStatusReaderOptions } from './events/prixStatusReader.js';
export { type PrixWebhookOptions, prixWebhook } from './events/prixWebhook.js';
export {
  createStatusWatcher,
  type StatusTarget,
  type StatusWatch,
  type StatusWatcher,
  type StatusWatcherIntervals,
  type StatusWatcherOptions,
} from './events/statusWatcher.js';
export {
  type AuthorizeSubject,
  authorizeSubjectAsRead,
  type SubjectAuthorizeContext,
} from './events/subjectAuthorization.js';
export { idempotencyHeader } from './idempotency.js';
export { allow, type OperationAuthorize, type OperationRule } from './operationRules.js';
export type {
  AuthorizeAnswer,
  AuthorizeContext,
  EsignProxyErrorEvent,
  EsignProxyLogEvent,
  EsignProxyOptions,
  EsignProxyVendorOptions,
} from './options.js';
export { hideInputs, type InputPin, pinInput } from './pinInput.js';
export type { PublicOrigins } from './publicOrigins.js';
export { defaultRateLimits, type RateLimitRule } from './rateLimit.js';
export {
  createHostedPageReconciler,
  type HostedPageReconciler,
  type HostedPageReconcilerOptions,
  type HostedPageScope,
  type OutOfScopeContract,
} from './reconcileHostedPages.js';
export { redact } from './redact.js';
export { allowReminderAddressOverride, type ReminderAddressOverrideOptions } from './reminderAddress.js';
export { createMemoryStore, type MemoryStoreOptions } from './store/memoryStore.js';
export type { ProxyStore } from './store/ProxyStore.js';
export { ProxyStoreBusyError } from './store/storeBusyError.js';
export type {
  UpstreamReply,
  UpstreamRequest,
  UpstreamSend,
  UpstreamSendOptions,
  Vendor,
  VendorAccount,
  VendorCall,
  VendorCallContext,
  VendorFailure,
  VendorResult,
  VendorRoute,
  VendorRouteContext,
  VendorSuccess,
} from './vendor/Vendor.js';

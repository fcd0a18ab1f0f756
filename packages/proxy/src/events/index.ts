// Live signing status (issue 17): the bus, the SSE route, the Prix status watcher and webhook.
// The Redis bus is exported from `@esign-kit/proxy/redis` (see ../redis.ts), not from here.

export type { EventBus, EventRetention, EventsGone } from './EventBus.js';
export { type CompletedMutation, eventsOfEsignonCallback, eventsOfMutation } from './eventSources.js';
export { createEventStreamRoute, type EventStreamRouteOptions } from './eventStreamRoute.js';
export { createMemoryEventBus, type MemoryEventBusOptions } from './memoryEventBus.js';
export { createPrixStatusReader, type PrixStatusReaderOptions } from './prixStatusReader.js';
export { type PrixWebhookOptions, prixWebhook } from './prixWebhook.js';
export { type ContractStatusSnapshot, snapshotOfContract, statusChanges } from './statusSnapshot.js';
export {
  createStatusWatcher,
  type StatusTarget,
  type StatusWatch,
  type StatusWatcher,
  type StatusWatcherIntervals,
  type StatusWatcherOptions,
} from './statusWatcher.js';
export { type AuthorizeSubject, authorizeSubjectAsRead, type SubjectAuthorizeContext } from './subjectAuthorization.js';
export type { Subscription } from './subscriptionQuery.js';

'use client';
/**
 * @module `@esign-kit/react/events`: live signing status from the proxy's event stream, kept out
 * of the main entry so an app that never shows live status bundles none of it.
 */
export type {
  SigningEvent,
  SigningEventEnvelope,
  SigningEventType,
  SigningSubject,
  SigningSubjectKind,
} from '@esign-kit/core/events';
export { isAffectedBy } from './affectedQueries.js';
export { EsignEventsProvider, type EsignEventsProviderProps } from './EsignEventsProvider.js';
export type { EventSourceConstructor, EventSourceLike, EventStreamMode } from './eventStream.js';
export type { LiveOption } from './liveQueryContext.js';
export { useLiveInvalidation } from './useLiveInvalidation.js';
export { useOpenPageHint } from './useOpenPageHint.js';
export { type SigningEventFilter, useSigningEvents } from './useSigningEvents.js';
export { useSigningEventsMode } from './useSigningEventsMode.js';

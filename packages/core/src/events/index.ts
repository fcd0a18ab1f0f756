// `@esign-kit/core/events`: the live signing events the proxy pushes to screens (Server-Sent
// Events), typed for both ends. Browser-safe: no zod and no error catalogue at run time.
// Named exports only: everything listed here is public API.

export { isSigningEvent, isSigningEventEnvelope, signingEventTypes } from './isSigningEvent.js';
export { eventFilter, subjectKey, subjectsOf } from './subjects.js';
export type {
  SigningEvent,
  SigningEventEnvelope,
  SigningEventType,
  SigningSubject,
  SigningSubjectKind,
} from './types.js';

import type { PageKind, SandboxPageSession, SandboxPageSubmission, SandboxState } from '../state/index.js';
import { randomToken } from './ids.js';

/** Path prefix of the hosted pages, on the sandbox's own origin. */
export const pagesPrefix = '/pages';

/**
 * Hands out a page URL: records a session under a new random token and returns
 * `<origin>/pages/<kind>/<token>`. Prix's page URLs live on its web app (reference §1.5); the
 * sandbox's live on its own origin, taken from the request, so they work on whatever address the
 * caller reached it on. A new token every time, as page URLs must not be cached or reused.
 *
 * @example
 * ```ts
 * openPageSession(state, { kind: 'contract-detail', operationId: 'contracts.detailUrl', input, origin: 'http://127.0.0.1:4010', now })
 * // 'http://127.0.0.1:4010/pages/contract-detail/3q2-…'
 * ```
 */
export function openPageSession(
  state: SandboxState,
  request: {
    readonly kind: PageKind;
    readonly operationId: string;
    readonly input: unknown;
    readonly origin: string;
    readonly now: Date;
  },
): string {
  const session: SandboxPageSession = {
    token: randomToken(),
    kind: request.kind,
    operationId: request.operationId,
    input: structuredClone(request.input),
    createdAt: request.now.toISOString(),
    submissions: [],
  };
  state.pageSessions.set(session.token, session);
  return `${request.origin}${pagePath(session)}`;
}

/** The path of a session's page (`/pages/<kind>/<token>`), where its forms post back to. */
export function pagePath(session: Pick<SandboxPageSession, 'kind' | 'token'>): string {
  return `${pagesPrefix}/${session.kind}/${session.token}`;
}

/** Records what a page's form did, on the sandbox clock. */
export function recordPageSubmission(
  session: SandboxPageSession,
  submission: Omit<SandboxPageSubmission, 'at'>,
  now: Date,
): SandboxPageSubmission {
  const entry: SandboxPageSubmission = { at: now.toISOString(), ...submission };
  session.submissions.push(entry);
  return entry;
}

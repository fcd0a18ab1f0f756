import type { PageKind, SandboxPageSession, SandboxPageSubmission, SandboxState } from '../state/index.js';
import { randomToken } from './ids.js';

/** Path prefix of the hosted pages, on the sandbox's own origin. */
export const pagesPrefix = '/pages';

/** What each hosted page is for, in a sentence (shown under each page's heading). */
export const pageDescriptions: Readonly<Record<PageKind, string>> = {
  'contract-form': '계약서 등록/전자서명 요청 페이지 · Register a contract and request its e-signature',
  'contract-detail': '계약서/전자서명 상세 페이지 · Contract and e-signature details',
  'contract-list': '계약서/전자서명 목록 페이지 · Contract list',
  'contract-signature': '등록된 계약서로 전자서명 요청 페이지 · Request an e-signature on a registered contract',
  signing: '전자서명 참여 페이지 · Signing page of a participant',
  'template-form': '전자서명 템플릿 등록/편집 페이지 · Create or edit a template',
  'template-bulk': '전자서명 템플릿 대량계약 페이지 · Bulk contracts from a template',
  'template-use': '전자서명 템플릿 사용 페이지 · Use a template',
};

/** Every hosted page kind, in a stable order. */
export const pageKinds: readonly PageKind[] = Object.keys(pageDescriptions) as PageKind[];

/** Whether `value` names a hosted page. */
export function isPageKind(value: string): value is PageKind {
  return Object.hasOwn(pageDescriptions, value);
}

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

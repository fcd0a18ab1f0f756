import type { ValidationIssue } from '@esign-kit/core';
import type { SigningSubject, SigningSubjectKind } from '@esign-kit/core/events';

/** What a stream request asks for: its subjects, whether a page is open, where to resume. */
export interface Subscription {
  readonly subjects: readonly SigningSubject[];
  /** `pageOpen=1`: the screen has a signing or contract page open, so its contracts are polled fast. */
  readonly pageOpen: boolean;
  /** From the `Last-Event-ID` header (what `EventSource` sends on reconnecting) or the `lastEventId` query. */
  readonly lastEventId: string | undefined;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The rule of `esignonWorkflowIdSchema` (core/esignon), repeated here without zod.
const workflowId = /^[A-Za-z0-9_-]{1,64}$/;
const rules: Record<SigningSubjectKind, { pattern: RegExp; what: string }> = {
  contract: { pattern: uuid, what: 'a contract uuid' },
  signature: { pattern: uuid, what: 'an e-signature uuid' },
  workflow: { pattern: workflowId, what: 'an eSignon workflow id (1 to 64 letters, digits, "-" or "_")' },
};
const positionPattern = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Reads `?contract=<uuid>&signature=<uuid>&workflow=<id>` (each repeatable, or comma-separated),
 * `pageOpen=1` and the resume position. Issues for anything malformed, for no subject and for
 * more than `maxSubjects`.
 */
export function readSubscription(
  request: Request,
  url: URL,
  maxSubjects: number,
): { ok: true; subscription: Subscription } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const subjects: SigningSubject[] = [];
  for (const kind of Object.keys(rules) as SigningSubjectKind[]) {
    for (const value of url.searchParams.getAll(kind).flatMap((entry) => entry.split(','))) {
      if (!rules[kind].pattern.test(value)) {
        issues.push({ path: kind, message: `Expected ${rules[kind].what}; got "${value.slice(0, 80)}".` });
      } else if (!seen.has(`${kind}:${value}`)) {
        seen.add(`${kind}:${value}`);
        subjects.push({ kind, id: value });
      }
    }
  }
  if (!issues.length && subjects.length === 0) {
    issues.push({ path: '', message: 'Name at least one contract, signature or workflow to listen to.' });
  }
  if (subjects.length > maxSubjects) {
    issues.push({ path: '', message: `At most ${maxSubjects} subjects per stream; got ${subjects.length}.` });
  }
  // An empty value is no position (a client that never received an id), not a malformed one.
  const lastEventId = request.headers.get('last-event-id') || url.searchParams.get('lastEventId') || undefined;
  if (lastEventId !== undefined && !positionPattern.test(lastEventId)) {
    issues.push({ path: 'lastEventId', message: 'Not a stream position this proxy gave.' });
  }
  if (issues.length) return { ok: false, issues };
  const pageOpen = ['1', 'true'].includes(url.searchParams.get('pageOpen') ?? '');
  return { ok: true, subscription: { subjects, pageOpen, lastEventId } };
}

import type { ValidationIssue } from '@esign-kit/core';
import type { SigningEvent, SigningSubject } from '@esign-kit/core/events';
import type { AnyOperation } from '@esign-kit/core/server';
import type { Refusal } from '../pipeline/outcome.js';
import { isJsonContentType, readJsonBody } from '../readJsonBody.js';
import { jsonResponse, kitError } from '../respond.js';
import type { ProxyStore } from '../store/ProxyStore.js';
import type { AuthorizeSubject } from './subjectAuthorization.js';

/** Options of {@link createPageCompletedRoute}. */
export interface PageCompletedRouteOptions {
  /** The allowed `page-url` operations, by id: only these pages may be reported. */
  readonly pages: ReadonlyMap<string, AnyOperation>;
  /** The proxy's `authenticate` (403 when `false`). */
  readonly authenticate?: ((request: Request) => boolean | Promise<boolean>) | undefined;
  /** The proxy's cross-site check for state-changing requests (the one `admit` runs). */
  readonly checkWrite: (request: Request, url: URL) => Promise<Refusal | undefined>;
  /** The stream's own rule: a screen reports only what it could listen to. */
  readonly authorizeSubject: AuthorizeSubject;
  /** Where the damper remembers recent reports (shared between instances when Redis). */
  readonly store: ProxyStore;
  readonly publish: (events: readonly SigningEvent[]) => Promise<void>;
  /** The same page and subjects are published at most once in this many ms. @default 5000 */
  readonly dampMs?: number;
  readonly onError?: ((error: unknown) => void) | undefined;
}

/** A report names a page and a few ids: anything larger is not one. */
const maxBodyBytes = 1024;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const workflowId = /^[A-Za-z0-9_-]{1,64}$/;
const fields = {
  contract: { kind: 'contract', pattern: uuid, what: 'a contract uuid' },
  signature: { kind: 'signature', pattern: uuid, what: 'an e-signature uuid' },
  workflow: { kind: 'workflow', pattern: workflowId, what: 'an eSignon workflow id' },
} as const;
type SubjectField = keyof typeof fields;

const refusal = (errorCode: 'ESIGN_KIT_INVALID_INPUT', issues: ValidationIssue[], status?: number) =>
  kitError(errorCode, [], { issues, ...(status ? { status } : {}) });

/**
 * `POST <basePath>/events/page-completed` with `{ page, contract?, signature?, workflow? }`: a
 * screen whose hosted page came back completed tells the others (`page.completed`). Fail closed,
 * in order: `authenticate` (403), cross-site (403), the body (JSON: 415; ≤ 1 KiB, strict shape, an allowed
 * page-URL operation, at least one subject: 400 / 413), each subject as the stream authorizes it
 * (403 / 404). Then 202 `{}`; the same page and subjects are published at most once per
 * `dampMs`, so one screen cannot flood the others.
 */
export function createPageCompletedRoute(options: PageCompletedRouteOptions): (request: Request) => Promise<Response> {
  const { pages, authenticate, checkWrite, authorizeSubject, store, publish, onError } = options;
  const dampMs = options.dampMs ?? 5000;

  return async function servePageCompleted(request: Request): Promise<Response> {
    if (request.method !== 'POST') {
      return kitError('ESIGN_KIT_METHOD_NOT_ALLOWED', [], { headers: { allow: 'POST' } });
    }
    try {
      // As `admit` does for every state-changing call: who, then from where.
      if (authenticate && !(await authenticate(request))) return kitError('ESIGN_KIT_FORBIDDEN', []);
      const crossSite = await checkWrite(request, new URL(request.url));
      if (crossSite) {
        return kitError(crossSite.errorCode, [], {
          ...(crossSite.issues ? { issues: crossSite.issues } : {}),
          ...(crossSite.status ? { status: crossSite.status } : {}),
        });
      }
      // JSON only, as every other call with a body: a form or a `text/plain` post is refused.
      if (!isJsonContentType(request.headers.get('content-type'))) {
        return refusal('ESIGN_KIT_INVALID_INPUT', [{ path: '', message: 'Send the body as application/json.' }], 415);
      }
      const read = await readJsonBody(request, maxBodyBytes);
      if (!read.ok && read.reason === 'too-large') {
        return refusal(
          'ESIGN_KIT_INVALID_INPUT',
          [{ path: '', message: `The body is larger than ${maxBodyBytes} bytes.` }],
          413,
        );
      }
      const report = readReport(read.ok ? read.body : undefined, pages);
      if (!report.ok) return refusal('ESIGN_KIT_INVALID_INPUT', report.issues);
      const { operation, subjects } = report;
      const answers = await Promise.all(subjects.map((subject) => authorizeSubject({ request, subject })));
      if (answers.some((answer) => answer !== true)) {
        return kitError(
          answers.every((answer) => answer === true || answer === 'not-found')
            ? 'ESIGN_KIT_NOT_FOUND'
            : 'ESIGN_KIT_FORBIDDEN',
          [],
        );
      }
      const key = `events:page-completed:${operation.id}:${subjects.map((s) => `${s.kind}=${s.id}`).join(',')}`;
      if (await store.setIfAbsent(key, '1', dampMs)) {
        const ids = Object.fromEntries(
          subjects.map((s) => [`${s.kind === 'workflow' ? 'workflowId' : `${s.kind}Uuid`}`, s.id]),
        );
        await publish([
          {
            type: 'page.completed',
            vendor: operation.vendor === 'esignon' ? 'esignon' : 'prix',
            page: operation.id,
            ...ids,
          },
        ]);
      }
      return jsonResponse({}, 202, []);
    } catch (error) {
      try {
        onError?.(error);
      } catch {
        // The app's logger failing changes nothing.
      }
      return kitError('ESIGN_KIT_INTERNAL', []);
    }
  };
}

type ReadReport =
  | { readonly ok: true; readonly operation: AnyOperation; readonly subjects: SigningSubject[] }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

/** `{ page, contract?, signature?, workflow? }`, nothing else; `undefined` for a body that is empty or not JSON. */
function readReport(body: unknown, pages: ReadonlyMap<string, AnyOperation>): ReadReport {
  if (body === undefined) return { ok: false, issues: [{ path: '', message: 'The body must be JSON.' }] };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      issues: [{ path: '', message: 'The body must be an object: { page, contract?, signature?, workflow? }.' }],
    };
  }
  const issues: ValidationIssue[] = [];
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'page' && !(key in fields)) issues.push({ path: key, message: `Unknown field "${key}".` });
  }
  const operation = typeof record.page === 'string' ? pages.get(record.page) : undefined;
  if (!operation) issues.push({ path: 'page', message: 'Name an allowed page-URL operation by its id.' });
  const subjects: SigningSubject[] = [];
  for (const field of Object.keys(fields) as SubjectField[]) {
    const value = record[field];
    if (value === undefined) continue;
    const rule = fields[field];
    if (typeof value === 'string' && rule.pattern.test(value)) subjects.push({ kind: rule.kind, id: value });
    else issues.push({ path: field, message: `Expected ${rule.what}.` });
  }
  if (!issues.length && !subjects.length) {
    issues.push({ path: '', message: 'Name the contract, signature or workflow the page completed.' });
  }
  return operation && !issues.length ? { ok: true, operation, subjects } : { ok: false, issues };
}

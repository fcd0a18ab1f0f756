import { pagePath, pagesPrefix } from '../domain/pageSessions.js';
import type { SandboxState } from '../state/index.js';
import type { FramingSwitch } from './framing.js';
import { isPageKind, pageOf } from './pageKinds.js';
import { toPageResponse } from './pageResponse.js';
import type { PageContext, PageOutcome } from './pageTypes.js';
import { html } from './render.js';

/** What the hosted pages need from the sandbox. */
export interface PageRouterContext {
  readonly state: SandboxState;
  readonly now: () => Date;
  readonly framing: FramingSwitch;
}

/** Form posts larger than this are refused (413): the pages' forms are a few hundred bytes. */
const maxFormBytes = 64 * 1024;

/**
 * Serves `/pages/<kind>/<token>`, the sandbox's stand-ins for the Prix pages that page-URL
 * operations hand out, on the sandbox's own origin:
 *
 * - `GET` (or `HEAD`) renders the page from the live state and marks the session opened;
 * - `POST` (the page's own form, `application/x-www-form-urlencoded`) changes the sandbox the way
 *   the Prix page would, then answers `303` (to `successUrl`, to a fresh detail page, or back to
 *   the page), or shows the form again with what was refused;
 * - an unknown token, a token under another kind, or extra path segments: 404; a `POST` that a
 *   browser says comes from another origin: 403 (no cross-site form posts).
 *
 * Every page is plain HTML with a strict CSP (one inline style and one inline script, by nonce)
 * and tells a parent frame it is ready (`esign-kit:page-ready`). Framing is allowed unless the
 * framing switch refuses it for that kind or that very page (see {@link FramingSwitch}).
 */
export async function handlePageRequest(request: Request, url: URL, context: PageRouterContext): Promise<Response> {
  const [kind = '', token = '', ...rest] = url.pathname.slice(pagesPrefix.length + 1).split('/');
  const security = { refuseFraming: isPageKind(kind) ? context.framing.refuses(kind, token) : false };
  const session = rest.length === 0 ? context.state.pageSessions.get(token) : undefined;
  if (!session || !isPageKind(kind) || session.kind !== kind) {
    return toPageResponse(
      message(
        404,
        '페이지를 찾을 수 없습니다 · Page not found',
        '이 링크는 샌드박스가 발급한 적이 없거나 초기화되었습니다 · The sandbox never issued this link, or it was reset.',
      ),
      security,
    );
  }
  const page = pageOf(kind);
  const now = context.now();
  const path = pagePath(session);
  const pageContext: PageContext = {
    state: context.state,
    session,
    now,
    origin: url.origin,
    path,
    url: `${url.origin}${path}`,
  };
  const allow = page.submit ? 'GET, HEAD, POST' : 'GET, HEAD';

  if (request.method === 'GET' || request.method === 'HEAD') {
    session.openedAt ??= now.toISOString();
    return toPageResponse(page.render(pageContext), security, {
      headOnly: request.method === 'HEAD',
      operationId: session.operationId,
    });
  }
  if (request.method !== 'POST' || !page.submit) {
    return toPageResponse(
      message(
        405,
        '허용되지 않는 요청 · Method not allowed',
        `이 페이지는 ${allow}만 받습니다 · This page accepts ${allow}.`,
      ),
      security,
      { headers: { allow } },
    );
  }
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== url.origin) {
    return toPageResponse(
      message(
        403,
        '다른 출처의 요청 · Cross-origin form',
        `다른 출처(${origin})에서 보낸 양식은 받지 않습니다 · Forms posted from another origin are refused.`,
      ),
      security,
    );
  }
  const form = await readForm(request);
  if (!form.ok) return toPageResponse(message(form.status, '잘못된 요청 · Bad request', form.reason), security);
  return toPageResponse(page.submit(pageContext, form.value), security, { operationId: session.operationId });
}

async function readForm(
  request: Request,
): Promise<{ ok: true; value: URLSearchParams } | { ok: false; status: number; reason: string }> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return {
      ok: false,
      status: 415,
      reason: '양식은 application/x-www-form-urlencoded로 보내야 합니다 · Send the form URL-encoded.',
    };
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).length > maxFormBytes) {
    return { ok: false, status: 413, reason: '양식이 너무 큽니다 · The form is too large.' };
  }
  return { ok: true, value: new URLSearchParams(text) };
}

function message(status: number, title: string, text: string): PageOutcome {
  return { type: 'view', status, title, body: html`<p>${text}</p>` };
}

import { isPageKind, pageDescriptions, pagesPrefix } from '../domain/pageSessions.js';
import type { SandboxState } from '../state.js';

const htmlHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  // Nothing to load but the inline style and the one inline script below. Framing is allowed on
  // purpose: the page launcher may open pages in a modal frame.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
  'referrer-policy': 'no-referrer',
};

/**
 * Serves `GET /pages/<kind>/<token>`: a minimal stand-in for the Prix page a page-URL operation
 * handed out, until real hosted pages replace it. It names the page and the operation that made
 * the URL, marks the session opened, and tells a parent frame it is ready
 * (`esign-kit:page-ready`, the handshake the page launcher waits for on the sandbox's origin).
 * An unknown token, or a token used under another kind, is a 404 page.
 */
export function handlePageRequest(request: Request, url: URL, state: SandboxState, now: () => Date): Response {
  if (request.method !== 'GET') {
    return page(405, 'Method not allowed', '<p>이 페이지는 GET으로만 열 수 있습니다.</p>', { allow: 'GET' });
  }
  const [kind = '', token = '', ...rest] = url.pathname.slice(pagesPrefix.length + 1).split('/');
  const session = rest.length === 0 ? state.pageSessions.get(token) : undefined;
  if (!session || !isPageKind(kind) || session.kind !== kind) {
    return page(404, '페이지를 찾을 수 없습니다', '<p>이 링크는 샌드박스가 발급한 적이 없거나 초기화되었습니다.</p>');
  }
  session.openedAt ??= now().toISOString();
  const body = `<p>${escapeHtml(pageDescriptions[kind])}</p>
<dl>
  <dt>Operation</dt><dd><code>${escapeHtml(session.operationId)}</code></dd>
  <dt>Issued</dt><dd>${escapeHtml(session.createdAt)}</dd>
</dl>
<p>esign-kit 샌드박스의 임시 페이지입니다. 실제 프릭스 페이지는 이 자리에서 열립니다.</p>
<script>if (window.parent !== window) window.parent.postMessage({ type: 'esign-kit:page-ready' }, '*');</script>`;
  return page(200, `Sandbox · ${kind}`, body);
}

function page(status: number, title: string, body: string, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html>
<html lang="ko">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>`;
  return new Response(html, { status, headers: { ...htmlHeaders, ...headers } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

import { randomToken } from '../domain/ids.js';
import { escapeHtml, type Html, html, toHtmlString } from '../pages/render.js';

/**
 * The signing page's small stylesheet. The page reads fine without it (plain HTML, labels,
 * lists); with it, it fits a 390 px phone (buttons stack, nothing wider than the screen) and
 * keeps AA contrast.
 */
const styles = `body{font-family:system-ui,sans-serif;margin:0;color:#1d2330;background:#f5f6f8;line-height:1.5;word-break:keep-all}
.esignon-page{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh;box-sizing:border-box}
.esignon-banner{font-size:.875rem;color:#5b6475;border-bottom:1px solid #d5dae2;margin:0 0 1rem;padding-bottom:.5rem}
h1{font-size:1.375rem;margin:.5rem 0}h2{font-size:1.125rem;margin:1.5rem 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
ol{padding-left:1.5rem}label{display:block;font-weight:600;margin-top:.75rem}
textarea,input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #767676;border-radius:6px}
.esignon-actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}
button{font:inherit;min-height:2.75rem;padding:.5rem 1rem;border-radius:6px;border:1px solid #1d2330;background:#fff;color:#1d2330;cursor:pointer}
button[value=CF]{background:#2456c6;border-color:#2456c6;color:#fff}
button:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid #2456c6;outline-offset:2px}
[role=alert]{border:2px solid #b3261e;color:#8c1d18;padding:.5rem 1rem}
[role=status]{border:2px solid #185c1f;color:#185c1f;padding:.5rem 1rem}
@media (max-width:640px){.esignon-page{padding:.75rem}.esignon-actions button{flex:1 1 100%}dl{grid-template-columns:1fr}}`;

/** One page of the eSignon stand-in. */
export interface EsignonPage {
  readonly status?: number;
  readonly title: string;
  readonly body: Html;
  /** A script run after the page loads (no markup; inline, allowed by nonce). */
  readonly script?: string;
}

/**
 * Headers of a page: a strict CSP (the one style and the one script, by nonce; forms post to
 * the sandbox only). Frames are refused (`X-Frame-Options: DENY`, `frame-ancestors 'none'`) as
 * integrators report of eSignon, unless the sandbox's switch allows them.
 */
export function esignonPageResponse(page: EsignonPage, allowFrames: boolean, headOnly = false): Response {
  const nonce = randomToken(18);
  const directives = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'self'",
    ...(allowFrames ? [] : ["frame-ancestors 'none'"]),
  ];
  // Tells a parent frame the page loaded (the launcher's handshake; nothing secret, so '*').
  const ready = "if (window.parent !== window) window.parent.postMessage({ type: 'esign-kit:page-ready' }, '*');";
  const script = [ready, page.script ?? ''].join('\n');
  // The style and the script are our own constants, not markup built from input: added raw.
  const content = toHtmlString(html`<div class="esignon-page" data-part="esignon-page">
<p class="esignon-banner">esign-kit 샌드박스 · Sandbox: 이싸인온 서명 페이지를 흉내 냅니다 · a stand-in for eSignon's signing page</p>
<main>
<h1>${page.title}</h1>
${page.body}
</main>
</div>`);
  const document = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · 이싸인온 샌드박스 · eSignon sandbox</title>
<style nonce="${nonce}">${styles}</style>
</head>
<body>
${content}
<script nonce="${nonce}">${script}</script>
</body>
</html>
`;
  return new Response(headOnly ? null : document, {
    status: page.status ?? 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': directives.join('; '),
      'referrer-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      ...(allowFrames ? {} : { 'x-frame-options': 'DENY' }),
    },
  });
}

import { launcherChannelName, launchIdParam } from '@esign-kit/core';

/**
 * The return page: hosted pages that take a `successUrl` are sent here when the user finishes.
 * It tells the launcher (in the opener tab or the parent of the frame) and closes itself.
 * It lives on the app's own origin, so the launcher can trust exactly that origin.
 *
 * The script is a separate file, so the page's CSP allows no inline code at all.
 */
const html = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>완료 · Done</title>
</head>
<body>
<p>완료되었습니다. 이 창은 자동으로 닫힙니다.</p>
<p>Done. This window closes by itself.</p>
<script src="return.js"></script>
</body>
</html>
`;

// Posts only to the page's own origin, never to '*'.
const script = `(function () {
  var launchId = new URL(location.href).searchParams.get(${JSON.stringify(launchIdParam)});
  if (!launchId || !/^[A-Za-z0-9_-]{16,64}$/.test(launchId)) return;
  var message = { type: 'esign-kit:complete', launchId: launchId };
  try { var channel = new BroadcastChannel(${JSON.stringify(launcherChannelName)}); channel.postMessage(message); channel.close(); } catch (error) {}
  if (window.parent !== window) window.parent.postMessage(message, location.origin);
  try { if (window.opener) window.opener.postMessage(message, location.origin); } catch (error) {}
  setTimeout(function () { window.close(); }, 300);
})();
`;

const common = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Answers `GET <basePath>/return` and `<basePath>/return.js`; `undefined` for anything else. */
export function serveReturnPage(request: Request, subPath: string): Response | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  if (subPath === 'return') {
    return new Response(request.method === 'HEAD' ? null : html, {
      headers: {
        ...common,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy':
          "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
      },
    });
  }
  if (subPath === 'return.js') {
    return new Response(request.method === 'HEAD' ? null : script, {
      headers: { ...common, 'content-type': 'text/javascript; charset=utf-8' },
    });
  }
  return undefined;
}

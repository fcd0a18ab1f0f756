import { completionMessageType, launcherChannelName, launchIdParam, launchIdPattern } from '@esign-kit/core';

/**
 * The return page: hosted pages that take a `successUrl` are sent here when the user finishes.
 * It tells the launcher (in the parent of the frame, or through a BroadcastChannel in the tab the
 * launcher opened without an opener) and closes itself.
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

// Posts only to the page's own origin, never to '*'. The protocol (parameter, id pattern, message
// type, channel) is core's, the same constants the launcher checks on receipt.
const script = `(function () {
  var launchId = new URL(location.href).searchParams.get(${JSON.stringify(launchIdParam)});
  if (!launchId || !${launchIdPattern.toString()}.test(launchId)) return;
  var message = { type: ${JSON.stringify(completionMessageType)}, launchId: launchId };
  try { var channel = new BroadcastChannel(${JSON.stringify(launcherChannelName)}); channel.postMessage(message); channel.close(); } catch (error) {}
  if (window.parent !== window) window.parent.postMessage(message, location.origin);
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

import { handleCommon } from './cancel.js';
import { type EsignonContext, esignonBase, esignonPrefix } from './context.js';
import { handleDownload } from './download.js';
import { serveFile } from './files.js';
import { handleLogin } from './login.js';
import { handleRead } from './read.js';
import { handlePreviewPage, handleSignPage } from './signingRoute.js';
import { handleStart } from './start.js';
import { wireJson } from './wire.js';

interface EsignonRoute {
  readonly methods: readonly string[];
  readonly pattern: RegExp;
  readonly run: (
    request: Request,
    url: URL,
    match: RegExpExecArray,
    context: EsignonContext,
  ) => Promise<Response> | Response;
}

const routes: readonly EsignonRoute[] = [
  {
    methods: ['POST'],
    pattern: /^\/api\/([^/]+)\/login$/,
    run: (request, url, match, context) => handleLogin(request, url, decodeURIComponent(match[1] as string), context),
  },
  {
    methods: ['POST'],
    pattern: /^\/api\/([^/]+)\/startsimple$/,
    run: (request, url, match, context) =>
      handleStart(request, url, decodeURIComponent(match[1] as string), esignonBase(url.origin), context),
  },
  {
    methods: ['GET'],
    pattern: /^\/api\/v2\/workflows\/([^/]+)$/,
    run: (request, url, match, context) => handleRead(request, url, decodeURIComponent(match[1] as string), context),
  },
  {
    methods: ['POST'],
    pattern: /^\/JEDOC\/Common\.do$/,
    run: (request, url, _match, context) => handleCommon(request, url, context),
  },
  {
    methods: ['POST'],
    pattern: /^\/workflow\/download$/,
    run: (request, url, _match, context) => handleDownload(request, url, context),
  },
  {
    methods: ['GET', 'HEAD', 'POST'],
    pattern: /^\/mail\/sign$/,
    run: (request, url, _match, context) => handleSignPage(request, url, context),
  },
  {
    methods: ['GET', 'HEAD'],
    pattern: /^\/mail\/preview$/,
    run: (request, url, _match, context) => handlePreviewPage(request, url, context),
  },
  {
    methods: ['GET', 'HEAD'],
    pattern: /^\/files\/([\w-]+)$/,
    run: (request, _url, match, context) => serveFile(match[1] as string, context, request.method === 'HEAD'),
  },
];

/**
 * Serves `/esignon/…`, the sandbox's stand-in for `https://docs.esignon.net`: the legacy API
 * (login, startsimple, Common.do, workflow/download), the v2 read, the signing page and the
 * file links. Unknown paths answer 404, wrong methods 405 (plain JSON, not the eSignon envelope:
 * the docs say nothing of them).
 */
export async function handleEsignonRequest(request: Request, url: URL, context: EsignonContext): Promise<Response> {
  const path = url.pathname.slice(esignonPrefix.length);
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (!route.methods.includes(request.method)) {
      return new Response(null, { status: 405, headers: { allow: route.methods.join(', ') } });
    }
    return route.run(request, url, match, context);
  }
  return wireJson({ error: 'not found', path: url.pathname }, 404);
}

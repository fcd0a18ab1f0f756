import { createRouteMatcher, decodeRequest, hasBody, validateInput } from '@esign-kit/core';
import { callUpstream } from './callUpstream.js';
import { type EsignProxyOptions, resolveProxyOptions } from './options.js';
import { isJsonContentType, readJsonBody } from './readJsonBody.js';
import { checkRedirects } from './redirectPolicy.js';
import { kitError } from './respond.js';
import { serveReturnPage } from './returnPage.js';

/** A standard fetch handler: works in Node (see `toNodeListener`), Hono, Next.js route handlers, Workers… */
export type EsignProxyHandler = (request: Request) => Promise<Response>;

/**
 * Creates the proxy that stands between the browser and Prix. It is the only place the API key
 * lives. For each request it:
 *
 * 1. maps the path under `basePath` to a registered operation (404 / 405 otherwise);
 * 2. rebuilds and validates the input with the operation's schema (400 with the issues; no
 *    upstream call for invalid input);
 * 3. asks `authorize`, then the operation's own check if it has one (403 when either says no);
 * 4. refuses `successUrl` / `redirectUrl` values off `redirectOrigins` (no open redirect);
 * 5. calls Prix with `x-api-key`, and answers in Prix's envelope with schema-checked `data`.
 *
 * It also serves the return page (`<basePath>/return`) that hosted pages come back to when done.
 *
 * The key never appears in a response: not in data, not in errors.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { createEsignProxy, toNodeListener } from '@esign-kit/proxy'
 *
 * const proxy = createEsignProxy({
 *   apiKey: process.env.PRIX_API_KEY!,
 *   upstream: 'https://api.prix.im/kit-api/v1',
 *   authorize: ({ request }) => request.headers.get('cookie')?.includes('session=') ?? false,
 * })
 * createServer(toNodeListener(proxy)).listen(3000)
 * ```
 */
export function createEsignProxy(options: EsignProxyOptions): EsignProxyHandler {
  const config = resolveProxyOptions(options);
  const matchRoute = createRouteMatcher(config.operations);
  const prefix = `${config.basePath}/`;
  // Before the key is known (routing, validation) only a static key can be redacted; it cannot
  // be in those answers anyway, since nothing upstream has been read yet.
  const staticSecrets = config.staticKey ? [config.staticKey] : [];

  return async function handleEsignRequest(request: Request): Promise<Response> {
    try {
      const url = new URL(request.url);
      if (!url.pathname.startsWith(prefix)) return kitError('ESIGN_KIT_UNKNOWN_OPERATION', staticSecrets);
      const subPath = url.pathname.slice(prefix.length);
      const returnPage = serveReturnPage(request, subPath);
      if (returnPage) return returnPage;
      const match = matchRoute(request.method, subPath);
      if (match.kind === 'not-found') return kitError('ESIGN_KIT_UNKNOWN_OPERATION', staticSecrets);
      if (match.kind === 'method-not-allowed') {
        return kitError('ESIGN_KIT_METHOD_NOT_ALLOWED', staticSecrets, {
          headers: { allow: match.allowed.join(', ') },
        });
      }
      const { operation } = match;

      let body: unknown;
      if (hasBody(operation.method)) {
        if (!isJsonContentType(request.headers.get('content-type'))) {
          return kitError('ESIGN_KIT_INVALID_INPUT', staticSecrets, {
            status: 415,
            issues: [{ path: '', message: 'Send the body as application/json.' }],
          });
        }
        const read = await readJsonBody(request, config.maxBodyBytes);
        if (!read.ok) {
          return read.reason === 'too-large'
            ? kitError('ESIGN_KIT_INVALID_INPUT', staticSecrets, {
                status: 413,
                issues: [{ path: '', message: `The body is larger than ${config.maxBodyBytes} bytes.` }],
              })
            : kitError('ESIGN_KIT_INVALID_INPUT', staticSecrets, {
                issues: [{ path: '', message: 'The body is not valid JSON.' }],
              });
        }
        body = read.body;
      }

      const decoded = decodeRequest(operation, { params: match.params, search: url.searchParams, body });
      if (!decoded.ok) return kitError('ESIGN_KIT_INVALID_INPUT', staticSecrets, { issues: decoded.issues });
      const validated = validateInput(operation, decoded.input);
      if (!validated.ok) return kitError('ESIGN_KIT_INVALID_INPUT', staticSecrets, { issues: validated.issues });
      const redirectIssues = checkRedirects(validated.value, config.redirectOrigins ?? [url.origin]);
      if (redirectIssues.length) return kitError('ESIGN_KIT_INVALID_INPUT', staticSecrets, { issues: redirectIssues });

      const context = { request, operation, input: validated.value };
      const check = config.checks.get(operation.id);
      if (!(await config.authorize(context)) || (check && !(await check(context)))) {
        return kitError('ESIGN_KIT_FORBIDDEN', staticSecrets);
      }
      const apiKey = await config.apiKey(request);
      if (!apiKey) throw new Error('apiKey resolved to an empty value.');
      return await callUpstream(config, { operation, input: validated.value, apiKey, clientSignal: request.signal });
    } catch (cause) {
      // A throwing `authorize` or key resolver, or a bug: answer without details.
      config.onError?.({
        errorCode: 'ESIGN_KIT_INTERNAL',
        status: 500,
        operationId: undefined,
        detail: cause instanceof Error ? cause.message : String(cause),
      });
      return kitError('ESIGN_KIT_INTERNAL', staticSecrets);
    }
  };
}

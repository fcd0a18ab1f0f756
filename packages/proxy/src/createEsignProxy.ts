import { createRouteMatcher, decodeRequest, hasBody, validateInput } from '@esign-kit/core/server';
import { callUpstream } from './callUpstream.js';
import { sha256Hex } from './fingerprint.js';
import { claimIdempotencyKey, type IdempotencyClaim, idempotencyHeader } from './idempotency.js';
import { applyInputRules, collectInputRules } from './inputRules.js';
import { type EsignProxyOptions, resolveProxyOptions } from './options.js';
import { createOriginPolicy } from './originPolicy.js';
import { createOriginResolver } from './publicOrigins.js';
import { checkRateLimit } from './rateLimit.js';
import { isJsonContentType, readJsonBody } from './readJsonBody.js';
import { redact } from './redact.js';
import { kitError } from './respond.js';
import { serveReturnPage } from './returnPage.js';
import { createUpstreamPathGuard } from './serverOnlyRoutes.js';

/** The signal of a call no browser can cut short. */
const neverAborted = new AbortController().signal;

/** A standard fetch handler: works in Node (see `toNodeListener`), Hono, Next.js route handlers, Workers… */
export type EsignProxyHandler = (request: Request) => Promise<Response>;

/**
 * Creates the proxy that stands between the browser and Prix. It is the only place the API key
 * lives. For each request it:
 *
 * 1. maps the path under `basePath` to a registered operation (404 / 405 otherwise), asks
 *    `authenticate` if given (403, before the body is read), and refuses state-changing
 *    requests from other sites (403, see `publicOrigins`);
 * 2. rebuilds and validates the input with the operation's schema (400 with the issues; no
 *    upstream call for invalid input), then applies the input rules: values the server pins
 *    (`pinInput`, `hideInputs`), and a reminder's `sendInput` refused (403) unless
 *    `allowReminderAddressOverride` allows it;
 * 3. refuses a path that would reach a server-only route (403) or that a parameter would
 *    rewrite (400), then asks `authorize` and the operation's own check (403 when either says no);
 * 4. refuses `successUrl` / `redirectUrl` values off `publicOrigins` (no open redirect);
 * 5. replays the stored answer for a repeated `Idempotency-Key`, applies rate limits (429; 503
 *    `ESIGN_KIT_BUSY` when the store is too full to count);
 * 6. calls Prix with `x-api-key` (retrying queries on network errors and 5xx), and answers in
 *    Prix's envelope with schema-checked `data`.
 *
 * It also serves the return page (`<basePath>/return`) that hosted pages come back to when done.
 *
 * The key never appears in a response: not in data, not in errors.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { createEsignProxy } from '@esign-kit/proxy'
 * import { toNodeListener } from '@esign-kit/proxy/node'
 *
 * const proxy = createEsignProxy({
 *   apiKey: process.env.PRIX_API_KEY!,
 *   upstream: 'https://api.prix.im/kit-api/v1',
 *   publicOrigins: ['https://admin.example.com'], // where browsers load the app from
 *   authorize: ({ request }) => request.headers.get('cookie')?.includes('session=') ?? false,
 * })
 * createServer(toNodeListener(proxy)).listen(3000)
 * ```
 */
export function createEsignProxy(options: EsignProxyOptions): EsignProxyHandler {
  const config = resolveProxyOptions(options);
  const origins = createOriginPolicy(createOriginResolver(config), config.onError);
  const matchRoute = createRouteMatcher(config.operations);
  const guardUpstreamPath = createUpstreamPathGuard(config.operations);
  const inputRules = collectInputRules(options.operations);
  const prefix = `${config.basePath}/`;
  // Before the key is known (routing, validation) only a static key can be redacted; it cannot
  // be in those answers anyway, since nothing upstream has been read yet.
  const staticSecrets = config.staticKey ? [config.staticKey] : [];
  const tenants = new Map<string, Promise<string>>();
  const tenantOf = (apiKey: string) => {
    let tenant = tenants.get(apiKey);
    if (!tenant) {
      tenant = sha256Hex(apiKey);
      if (tenants.size < 10_000) tenants.set(apiKey, tenant);
    }
    return tenant;
  };

  interface Outcome {
    readonly response: Response;
    readonly operationId?: string | undefined;
    readonly replayed?: boolean;
  }

  async function handle(request: Request, url: URL): Promise<Outcome> {
    if (!url.pathname.startsWith(prefix)) return { response: kitError('ESIGN_KIT_UNKNOWN_OPERATION', staticSecrets) };
    const subPath = url.pathname.slice(prefix.length);
    const returnPage = serveReturnPage(request, subPath);
    if (returnPage) return { response: returnPage };
    const match = matchRoute(request.method, subPath);
    if (match.kind === 'not-found') return { response: kitError('ESIGN_KIT_UNKNOWN_OPERATION', staticSecrets) };
    if (match.kind === 'method-not-allowed') {
      const headers = { allow: match.allowed.join(', ') };
      return { response: kitError('ESIGN_KIT_METHOD_NOT_ALLOWED', staticSecrets, { headers }) };
    }
    const { operation } = match;
    const fail = (...args: Parameters<typeof kitError>) => ({ response: kitError(...args), operationId: operation.id });
    // Before the body is read or validated: a caller who is not signed in learns no field names.
    if (config.authenticate && !(await config.authenticate(request))) return fail('ESIGN_KIT_FORBIDDEN', staticSecrets);
    const crossSite = operation.method === 'GET' ? undefined : await origins.checkWrite(request, url, operation.id);
    if (crossSite) {
      return fail(crossSite.errorCode, staticSecrets, crossSite.issues ? { issues: crossSite.issues } : {});
    }

    let body: unknown;
    if (hasBody(operation.method)) {
      if (!isJsonContentType(request.headers.get('content-type'))) {
        return fail('ESIGN_KIT_INVALID_INPUT', staticSecrets, {
          status: 415,
          issues: [{ path: '', message: 'Send the body as application/json.' }],
        });
      }
      const read = await readJsonBody(request, config.maxBodyBytes);
      if (!read.ok) {
        return read.reason === 'too-large'
          ? fail('ESIGN_KIT_INVALID_INPUT', staticSecrets, {
              status: 413,
              issues: [{ path: '', message: `The body is larger than ${config.maxBodyBytes} bytes.` }],
            })
          : fail('ESIGN_KIT_INVALID_INPUT', staticSecrets, {
              issues: [{ path: '', message: 'The body is not valid JSON.' }],
            });
      }
      body = read.body;
    }

    const decoded = decodeRequest(operation, { params: match.params, search: url.searchParams, body });
    if (!decoded.ok) return fail('ESIGN_KIT_INVALID_INPUT', staticSecrets, { issues: decoded.issues });
    const validated = validateInput(operation, decoded.input);
    if (!validated.ok) return fail('ESIGN_KIT_INVALID_INPUT', staticSecrets, { issues: validated.issues });
    // Server-decided values (`pinInput`, `hideInputs`) and the reminder-address rule.
    const ruled = await applyInputRules(inputRules, { request, operation, input: validated.value });
    if (!ruled.ok) return fail(ruled.errorCode, staticSecrets, ruled.issues ? { issues: ruled.issues } : {});
    const input = ruled.input;
    const offOrigin = await origins.checkRedirects(request, url, input, operation.id);
    if (offOrigin) {
      return fail(offOrigin.errorCode, staticSecrets, offOrigin.issues ? { issues: offOrigin.issues } : {});
    }

    const pathRefusal = guardUpstreamPath(operation, input); // a parameter must not reach another route
    if (pathRefusal === 'server-only') return fail('ESIGN_KIT_SERVER_ONLY_OPERATION', staticSecrets);
    if (pathRefusal) {
      const issues = [{ path: '', message: 'A path parameter would change the upstream path.' }];
      return fail('ESIGN_KIT_INVALID_INPUT', staticSecrets, { issues });
    }
    const context = { request, operation, input };
    const check = config.checks.get(operation.id);
    if (!(await config.authorize(context)) || (check && !(await check(context)))) {
      return fail('ESIGN_KIT_FORBIDDEN', staticSecrets);
    }
    const apiKey = await config.apiKey(request);
    if (!apiKey) throw new Error('apiKey resolved to an empty value.');
    const secrets = [apiKey];
    const tenant = await tenantOf(apiKey);

    let claim: IdempotencyClaim | undefined;
    const idempotencyKey = request.headers.get(idempotencyHeader);
    if (operation.kind === 'mutation' && idempotencyKey !== null) {
      claim = await claimIdempotencyKey(
        {
          store: config.store,
          ttlMs: config.idempotencyTtlMs,
          waitMs: config.timeoutMs + 1000,
          tenant,
          operationId: operation.id,
        },
        idempotencyKey,
        input,
      );
      if (claim.kind === 'busy') {
        return fail('ESIGN_KIT_BUSY', secrets, { headers: { 'retry-after': String(claim.retryAfterSeconds) } });
      }
      if (claim.kind === 'invalid') {
        return fail('ESIGN_KIT_INVALID_INPUT', secrets, {
          issues: [{ path: idempotencyHeader, message: 'Use 8 to 128 letters, digits, ".", ":", "_" or "-".' }],
        });
      }
      if (claim.kind === 'replay') return { response: claim.response, operationId: operation.id, replayed: true };
      if (claim.kind === 'conflict') {
        return fail(
          claim.reason === 'mismatch' ? 'ESIGN_KIT_IDEMPOTENCY_MISMATCH' : 'ESIGN_KIT_IDEMPOTENCY_IN_PROGRESS',
          secrets,
        );
      }
    }
    const first = claim?.kind === 'first' ? claim : undefined;
    try {
      const limit = await checkRateLimit(config.store, config.rateLimits.get(operation.id), {
        tenant,
        operation,
        input,
      });
      if (!limit.ok) {
        await first?.release(); // nothing was sent: the same action may be tried again later
        const code = limit.reason === 'busy' ? 'ESIGN_KIT_BUSY' : 'ESIGN_KIT_RATE_LIMITED';
        return fail(code, secrets, { headers: { 'retry-after': String(limit.retryAfterSeconds) } });
      }
      // A mutation runs to its end (within `timeoutMs`) even when the browser leaves: Prix may act
      // on it at any moment, and only its real answer, kept under the idempotency key, lets the
      // retry replay it instead of sending it twice. Queries and page links stop at once.
      const clientSignal = operation.kind === 'mutation' ? neverAborted : request.signal;
      const response = await callUpstream(config, { operation, input, apiKey, clientSignal });
      return { response: first ? await first.finish(response) : response, operationId: operation.id };
    } catch (cause) {
      await first?.release().catch(() => undefined);
      throw cause;
    }
  }

  return async function handleEsignRequest(request: Request): Promise<Response> {
    const started = performance.now();
    const url = new URL(request.url);
    let outcome: Outcome;
    try {
      outcome = await handle(request, url);
    } catch (cause) {
      // A throwing `authorize`, key resolver or store, or a bug: answer without details. Unless
      // the browser went away (its body broke off mid-upload): that is no fault of the proxy's.
      const gone = request.signal.aborted;
      const errorCode = gone ? 'ESIGN_KIT_CLIENT_CLOSED_REQUEST' : 'ESIGN_KIT_INTERNAL';
      config.onError?.({
        errorCode,
        status: gone ? 499 : 500,
        operationId: undefined,
        detail: redact(cause instanceof Error ? cause.message : String(cause), staticSecrets),
      });
      outcome = { response: kitError(errorCode, staticSecrets) };
    }
    if (config.onLog) await reportAccess(request, url, outcome, started);
    return outcome.response;
  };

  async function reportAccess(request: Request, url: URL, outcome: Outcome, started: number): Promise<void> {
    const { response } = outcome;
    let errorCode: string | undefined;
    if (response.status >= 400) {
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { errorCode?: unknown } | undefined;
      errorCode = typeof body?.errorCode === 'string' ? body.errorCode : undefined;
    }
    try {
      config.onLog?.({
        method: request.method,
        path: redact(url.pathname.slice(prefix.length), staticSecrets),
        operationId: outcome.operationId,
        status: response.status,
        errorCode,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        replayed: outcome.replayed ?? false,
      });
    } catch {
      // The app's logger failing must not fail the request.
    }
  }
}

import { createRouteMatcher } from '@esign-kit/core/server';
import { createProxyEvents } from './events/proxyEvents.js';
import { collectInputRules } from './inputRules.js';
import { type EsignProxyOptions, type EsignProxyVendorOptions, resolveProxyOptions } from './options.js';
import { createOriginPolicy } from './originPolicy.js';
import { admit } from './pipeline/admit.js';
import { applyServerRules } from './pipeline/applyServerRules.js';
import { authorizeCall, type CallContext } from './pipeline/authorizeCall.js';
import { callOnce } from './pipeline/callOnce.js';
import { secretsOf } from './pipeline/callVendor.js';
import { checkRedirectOrigins } from './pipeline/checkRedirectOrigins.js';
import { decodeInput } from './pipeline/decodeInput.js';
import { answered, isRefusal, type Outcome, type Refusal, refuse, responderFor } from './pipeline/outcome.js';
import { readBody } from './pipeline/readBody.js';
import { reportAccess } from './pipeline/reportAccess.js';
import { type Routed, route } from './pipeline/route.js';
import { serveVendorRoute } from './pipeline/serveVendorRoute.js';
import { type PlainAnswerRequest, standardResponse, writesPlainAnswers } from './plainAnswer.js';
import { createOriginResolver } from './publicOrigins.js';
import { redact } from './redact.js';
import { createUpstreamPathGuard } from './serverOnlyRoutes.js';
import { vendorIdOf } from './vendor/resolveVendors.js';
import { createVendorRouter } from './vendor/vendorRoutes.js';

/** A standard fetch handler: works in Node (see `toNodeListener`), Hono, Next.js route handlers, Workers… */
export type EsignProxyHandler = (request: Request) => Promise<Response>;

/** The proxy: a fetch handler, with `close()` for shutting the server down. */
export type EsignProxy = EsignProxyHandler & {
  /**
   * Ends the open event streams, stops the Prix status watcher and closes the event bus the
   * proxy made (a bus given in `events.bus` is the app's to close). Requests still answer
   * afterwards; a new event stream is refused with 503. Call it when the server stops, so no
   * timer keeps the process alive.
   */
  close(): Promise<void>;
};

/**
 * Creates the proxy that stands between the browser and Prix (and any other vendor given in
 * `vendors`). It is the only place the API key and other vendor credentials live. For each
 * request it:
 *
 * 1. serves a vendor's own route (a callback, which authenticates itself) or maps the path
 *    under `basePath` to a registered operation (404 / 405 otherwise), asks
 *    `authenticate` if given (403, before the body is read), and refuses state-changing
 *    requests from other sites (403, see `publicOrigins`);
 * 2. rebuilds and validates the input with the operation's schema (400 with the issues; no
 *    upstream call for invalid input), then applies the input rules: values the server pins
 *    (`pinInput`, `hideInputs`), and a reminder's `sendInput` refused (403) unless
 *    `allowReminderAddressOverride` allows it;
 * 3. refuses a path that would reach a server-only route (403) or that a parameter would
 *    rewrite (400), then asks `authorize` and the operation's own check (403 when either says no);
 * 4. refuses `successUrl` / `redirectUrl` values off `publicOrigins` (no open redirect);
 * 5. resolves the account the call acts as (for Prix, its API key), replays the stored answer for
 *    a repeated `Idempotency-Key`, applies rate limits (429; 503 `ESIGN_KIT_BUSY` when the store
 *    is too full to count), both per account;
 * 6. hands the call to the operation's vendor (Prix: `x-api-key`, queries retried on network
 *    errors and 5xx), and answers in the kit's envelope with schema-checked `data`.
 *
 * It also serves the return page (`<basePath>/return`) that hosted pages come back to when done,
 * and, unless `events: false`, the live status stream (`GET <basePath>/events`, see `events`):
 * after each successful mutation that is an event (a reminder sent, a signature cancelled, tags
 * set; not a replayed one), the event is published to it.
 *
 * The handler has a `close()` to call when the server stops (see {@link EsignProxy}).
 *
 * No key, password or token appears in a response: not in data, not in errors.
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
 * const server = createServer(toNodeListener(proxy)).listen(3000)
 * // End the event streams first: an open stream would keep `server.close()` waiting.
 * process.on('SIGTERM', () => void proxy.close().then(() => server.close()))
 * ```
 */
export function createEsignProxy(options: EsignProxyOptions | EsignProxyVendorOptions): EsignProxy {
  const config = resolveProxyOptions(options);
  const origins = createOriginPolicy(createOriginResolver(config), config.onError);
  const matchRoute = createRouteMatcher(config.operations);
  const vendorRouter = createVendorRouter(config.vendors.values(), matchRoute);
  const guardUpstreamPath = createUpstreamPathGuard(config.operations);
  const inputRules = collectInputRules(options.operations);
  const prefix = `${config.basePath}/`;
  const events = createProxyEvents(options.events, config, matchRoute, options);
  const ownRouter = events?.routeOf;
  const publish = events?.publish;
  // Before the account is known (routing, validation) only static secrets can be redacted; an
  // account's cannot be in those answers anyway, since nothing upstream has been read yet.
  const { staticSecrets } = config;

  /** How one request ended, with what its answer and its log line need. */
  interface Handled {
    readonly outcome: Outcome;
    readonly operationId?: string | undefined;
  }

  /** What the answer (and a throw's report) is redacted of: static secrets until the account is resolved. */
  interface Redaction {
    secrets: readonly string[];
  }

  /** Route, check, call: the steps in the order they run (see `./pipeline/`). */
  async function handle(request: Request, url: URL, redaction: Redaction): Promise<Handled> {
    const routed = route(matchRoute, vendorRouter, prefix, request, url, ownRouter);
    // The event stream goes out as it is: never read, buffered or redacted (it carries ids only).
    if (routed.kind === 'own-route') return { outcome: answered(await routed.serve(request)) };
    if (routed.kind === 'vendor-route') {
      return { outcome: await serveVendorRoute(config, routed.route, request, publish) };
    }
    if (routed.kind !== 'operation') return { outcome: routed };
    const { operation } = routed;
    const call = await check(request, url, routed);
    if (isRefusal(call)) return { outcome: call, operationId: operation.id };
    const vendor = config.vendors.get(vendorIdOf(operation));
    // Every allowed operation's vendor was checked at start-up.
    if (!vendor) throw new Error(`No vendor "${vendorIdOf(operation)}" for ${operation.id}.`);
    const account = await vendor.account(request);
    const secrets = secretsOf(staticSecrets, account.secrets);
    redaction.secrets = secrets;
    const outcome = await callOnce(config, call, { vendor, account, secrets });
    if (events && operation.kind === 'mutation' && outcome.kind === 'answer' && !outcome.replayed) {
      if (outcome.response.ok) await events.publishMutation(operation, call.input);
    }
    return { outcome, operationId: operation.id };
  }

  /** Everything decided before the key is used: admit, body, decode + validate, rules, redirects, authorize. */
  async function check(request: Request, url: URL, { operation, params }: Routed): Promise<CallContext | Refusal> {
    const refused = await admit(config.authenticate, origins, request, url, operation);
    if (refused) return refused;
    const read = await readBody(request, operation, config.maxBodyBytes);
    if (isRefusal(read)) return read;
    const decoded = decodeInput(operation, { params, search: url.searchParams, body: read.body });
    if (isRefusal(decoded)) return decoded;
    const ruled = await applyServerRules(inputRules, request, operation, decoded.input);
    if (isRefusal(ruled)) return ruled;
    const call = { request, url, operation, input: ruled.input };
    const denied =
      (await checkRedirectOrigins(origins, call)) ?? (await authorizeCall(config, guardUpstreamPath, call));
    return denied ?? call;
  }

  /** A throwing `authorize`, account, vendor, route or store, or a bug: answered without details. */
  function failed(request: Request, cause: unknown, secrets: readonly string[]): Outcome {
    // Unless the browser went away (its body broke off mid-upload): that is no fault of the proxy's.
    const gone = request.signal.aborted;
    const errorCode = gone ? 'ESIGN_KIT_CLIENT_CLOSED_REQUEST' : 'ESIGN_KIT_INTERNAL';
    config.onError?.({
      errorCode,
      status: gone ? 499 : 500,
      operationId: undefined,
      detail: redact(cause instanceof Error ? cause.message : String(cause), secrets),
    });
    return refuse(errorCode);
  }

  async function handleEsignRequest(request: Request): Promise<Response> {
    const started = performance.now();
    const url = new URL(request.url);
    const redaction: Redaction = { secrets: staticSecrets };
    let handled: Handled;
    try {
      handled = await handle(request, url, redaction);
    } catch (cause) {
      handled = { outcome: failed(request, cause, redaction.secrets) };
    }
    const response = responderFor(redaction.secrets)(handled.outcome);
    if (config.onLog) {
      const subPath = url.pathname.slice(prefix.length);
      reportAccess(
        config,
        { request, subPath, operationId: handled.operationId, started },
        handled.outcome,
        response.status,
      );
    }
    // The Node adapter writes the proxy's own answers itself; anyone else gets the real Response.
    return (request as PlainAnswerRequest)[writesPlainAnswers] ? response : standardResponse(response);
  }
  return Object.assign(handleEsignRequest, { close: async () => events?.close() });
}

import { type AnyOperation, assertOperationList } from '@esign-kit/core/server';
import type { EsignProxyEventsOptions } from './events/eventsOptions.js';
import { type AnyOperationCheck, normaliseOperationRules, type OperationRule } from './operationRules.js';
import { type PublicOrigins, resolveOriginSettings } from './publicOrigins.js';
import { defaultRateLimits, type RateLimitRule } from './rateLimit.js';
import { createMemoryStore } from './store/memoryStore.js';
import type { ProxyStore } from './store/ProxyStore.js';
import type { PrixApiKey } from './vendor/prixVendor.js';
import { assertVendorsConfigured, resolveVendors } from './vendor/resolveVendors.js';
import type { Vendor } from './vendor/Vendor.js';

/** What `authorize` is told about each request, after the input has been validated. */
export interface AuthorizeContext {
  /** The incoming request: read the session cookie or the Authorization header from it. */
  readonly request: Request;
  /** The operation being called. Compare with the imported definition, e.g. `operation === sendReminder`. */
  readonly operation: AnyOperation;
  /** The validated input (defaults applied), for row-level rules. */
  readonly input: unknown;
}

/**
 * What `authorize` (and a check given with `allow`) answers: `true` goes ahead, `false` is 403
 * `ESIGN_KIT_FORBIDDEN`, `'not-found'` is 404 `ESIGN_KIT_NOT_FOUND`: the same answer whether the
 * row is missing or out of reach.
 */
export type AuthorizeAnswer = boolean | 'not-found';

/** Something the proxy reports to the app's own logging. Never contains the API key. */
export interface EsignProxyErrorEvent {
  readonly errorCode: string;
  readonly status: number;
  readonly operationId: string | undefined;
  readonly detail: string;
}

/** One line of the proxy's access log, for `onLog`. Personal data and keys are redacted. */
export interface EsignProxyLogEvent {
  readonly method: string;
  /** The path under `basePath`, e.g. `signatures/57139f5c-…/send` (no query string: it may hold personal data). */
  readonly path: string;
  readonly operationId: string | undefined;
  readonly status: number;
  /** The kit's or Prix's code when the answer is an error. */
  readonly errorCode: string | undefined;
  readonly durationMs: number;
  /** The answer was a stored one, replayed for a repeated idempotency key. */
  readonly replayed: boolean;
}

export interface EsignProxyOptions {
  /**
   * The Prix API key, or a function that picks it per request (one key per business on a
   * multi-business platform). It is sent to Prix only, as `x-api-key`.
   */
  apiKey: PrixApiKey;
  /**
   * The kit's base URL, including `/kit-api/v1`: the sandbox's in development
   * (`http://127.0.0.1:4010/kit-api/v1`). For Prix, `https://api.prix.im/kit-api/v1` is only
   * inferred from the vendor's older guide (reference §1.1), so it is always configuration.
   * Must be `https:`, or `http:` on a loopback host.
   */
  upstream: string;
  /**
   * Decides whether this request may go ahead. Required: without it the proxy refuses to start
   * (fail closed). Return `true` to go ahead, `false` to answer 403 `ESIGN_KIT_FORBIDDEN`
   * ("you may not do this"), or `'not-found'` to answer 404 `ESIGN_KIT_NOT_FOUND` ("no such
   * item among those you can reach"). Give `'not-found'` for a row that does not exist and for
   * one the user may not see alike: the answer is then the same for both, so existence stays hidden.
   * @example
   * ```ts
   * authorize: async ({ request, input }) => ((await ownsRow(request, input)) ? true : 'not-found')
   * ```
   */
  authorize: (context: AuthorizeContext) => AuthorizeAnswer | Promise<AuthorizeAnswer>;
  /**
   * A check that needs only the request (is anyone signed in?), run right after routing: before
   * the body is read or the input validated. `false` answers 403 `ESIGN_KIT_FORBIDDEN` with no
   * `issues`, so a caller who is not signed in learns nothing of an operation's fields.
   * `authorize` still runs after validation, for the rules that need the input (row-level ones).
   * @default none: every request is validated, then `authorize` decides
   * @example
   * ```ts
   * createEsignProxy({ apiKey, upstream, authenticate: (request) => isSignedIn(request), authorize: canTouchRow })
   * ```
   */
  authenticate?: (request: Request) => boolean | Promise<boolean>;
  /**
   * Where the proxy is mounted on the app's origin.
   * @default '/api/esign'
   */
  basePath?: string;
  /**
   * The operations browsers may call: the allowlist. Entries made with `allow(operation, check)`
   * add a check of their own after the global `authorize`. Server-only operations are refused.
   * @default every built-in operation that is not server-only
   */
  operations?: readonly (AnyOperation | OperationRule)[];
  /**
   * The origins browsers load the app from (`https://admin.example.com`): the only pages whose
   * state-changing requests are accepted, and the only places `successUrl` / `redirectUrl` may
   * send a signer back to. Each is a bare origin, `https:` (or `http:` on loopback). The proxy
   * never takes them from the request's `Host` or `X-Forwarded-*` headers, which anyone can
   * forge (and on Next.js `request.url` is always `http://localhost:PORT`).
   *
   * A function is asked once per request that needs them, e.g. an app behind a reverse proxy it
   * controls may read a header that proxy overwrites; never trust `Host` or `X-Forwarded-*` as
   * the browser sent them.
   *
   * Unset (and no `allowedOrigins` / `redirectOrigins` for the check at hand), the request
   * URL's own origin stands in only when its host is loopback (local development); otherwise a
   * request that needs an origin gets 500 `ESIGN_KIT_ORIGIN_NOT_CONFIGURED`, and with
   * `NODE_ENV=production` and no origin option at all the proxy refuses to start.
   * @default none
   * @example
   * ```ts
   * createEsignProxy({ apiKey, upstream, authorize, publicOrigins: ['https://admin.example.com'] })
   * ```
   */
  publicOrigins?: PublicOrigins;
  /**
   * Origins that `successUrl` / `redirectUrl` values may point to (where Prix's pages send users
   * afterwards), when they differ from `publicOrigins`. Anything else is refused with 400, so
   * the proxy is no open redirect.
   * @default publicOrigins
   */
  redirectOrigins?: readonly string[];
  /**
   * How long Prix (or another vendor) has for its whole answer, headers and body, all retries
   * of a query together (and, for a vendor that logs in, its login too), before the proxy hangs
   * up and answers 504 `ESIGN_KIT_UPSTREAM_TIMEOUT`.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * Largest answer body read from Prix (or another vendor), in bytes. Past it the proxy stops reading, hangs up and
   * answers 502 `ESIGN_KIT_UPSTREAM_TOO_LARGE`, so a runaway answer cannot fill its memory.
   * @default 4194304 (4 MiB)
   */
  maxUpstreamBytes?: number;
  /**
   * Largest request body accepted, in bytes; larger ones get 413.
   * @default 262144 (256 KiB)
   */
  maxBodyBytes?: number;
  /** The fetch used to call Prix and every other vendor (tests, instrumentation). @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * Origins whose pages may send state-changing requests (anything but GET). A request whose
   * `Origin` is not one of them, or whose `Sec-Fetch-Site` says another site sent it, gets 403
   * `ESIGN_KIT_CROSS_SITE` before anything else happens. Set it only when they differ from
   * `publicOrigins`.
   * @default publicOrigins
   */
  allowedOrigins?: readonly string[];
  /**
   * Where idempotency records and rate-limit counters live. Share one between instances
   * (`createRedisStore` from `@esign-kit/proxy/redis`) when several run behind a load balancer.
   * @default createMemoryStore()
   */
  store?: ProxyStore;
  /**
   * How long an idempotency key is remembered: a mutation repeated with the same
   * `Idempotency-Key` header within it gets the first answer again, and Prix is not called twice.
   * @default 86400000 (24 hours)
   */
  idempotencyTtlMs?: number;
  /**
   * Per-operation rate limits, by operation id; `false` turns one off. Merged over the default:
   * 5 reminders (`signatures.send`) per participant per hour. Over the limit: 429
   * `ESIGN_KIT_RATE_LIMITED` with `Retry-After`.
   */
  rateLimits?: Readonly<Record<string, RateLimitRule | false>>;
  /**
   * Extra attempts for queries (GET) after a network error or a 5xx from Prix, with exponential
   * backoff, all within `timeoutMs`. Mutations are never retried: they might have happened.
   * @default 2
   */
  queryRetries?: number;
  /** Told about upstream failures and the proxy's own errors, for the app's logs. */
  onError?: (event: EsignProxyErrorEvent) => void;
  /** Told about every request once it is answered: an access log without keys or personal data. */
  onLog?: (event: EsignProxyLogEvent) => void;
  /**
   * Answer 502 `ESIGN_KIT_UPSTREAM_INVALID_RESPONSE` when Prix's `data` does not match the
   * operation's schema, instead of passing on what can be read. For tests and staging: in
   * production Prix has already done what was asked, and a failure would make users repeat it.
   * @default false — drift is answered with the documented fields that could be read, an
   * `esign-kit-drift` header naming the paths, and one `ESIGN_KIT_UPSTREAM_DRIFT` to `onError`
   */
  strictResponses?: boolean;
  /**
   * E-signature vendors besides Prix (`esignon({ … })` from `@esign-kit/proxy/esignon`). Each
   * performs the operations whose definition names it (`vendor: 'esignon'`), after the same
   * checks as Prix's, and answers in the same envelope; its `operations` join the default
   * allowlist, and its `routes` (callbacks) are served under `basePath`. With vendors given,
   * `apiKey` and `upstream` may be left out (an app without Prix; see {@link EsignProxyVendorOptions}).
   * @default [] (Prix only)
   * @example
   * ```ts
   * createEsignProxy({ apiKey, upstream, authorize, vendors: [esignon({ upstream: esignonUrl, companyId, email, password, callback })] })
   * ```
   */
  vendors?: readonly Vendor[];
  /**
   * Live signing status (see `docs/events.md`): `GET <basePath>/events?contract=<uuid>&workflow=<id>`
   * streams, as Server-Sent Events, the events of what the caller may read (each subject is
   * asked of `authorize` as its read: `findContract`, `listSignatures`, `esignonWorkflow`), fed
   * by the mutations made through the proxy (a reminder sent, a signature cancelled, tags set),
   * eSignon callbacks, the Prix status watcher and, once filled in, the Prix webhook. On by
   * default with an in-memory bus; `false` turns it all off. Stop it with the proxy's `close()`.
   * @default {} (on: memory bus, watcher when Prix is configured, no webhook)
   * @example
   * ```ts
   * createEsignProxy({ apiKey, upstream, authorize, events: { bus: createRedisEventBus({ client: redis }) } })
   * ```
   */
  events?: EsignProxyEventsOptions | false;
}

/**
 * The options of a proxy without Prix: every vendor comes from `vendors` (at least one), and
 * `apiKey` / `upstream` may be left out. Give both to add Prix.
 * @example
 * ```ts
 * createEsignProxy({ authorize, publicOrigins, vendors: [esignon({ … })] })
 * ```
 */
export interface EsignProxyVendorOptions extends Omit<EsignProxyOptions, 'apiKey' | 'upstream' | 'vendors'> {
  /** Prix's key, when Prix is one of the vendors (then with `upstream`). */
  apiKey?: PrixApiKey | undefined;
  /** Prix's base URL, when Prix is one of the vendors (then with `apiKey`). */
  upstream?: string | undefined;
  /** The vendors (at least one). */
  vendors: readonly Vendor[];
}

export interface ResolvedProxyOptions {
  /** Every vendor by id: each allowed operation's is among them. */
  readonly vendors: ReadonlyMap<string, Vendor>;
  /** Every vendor's static secrets: redacted from every answer and log line. */
  readonly staticSecrets: readonly string[];
  readonly authorize: EsignProxyOptions['authorize'];
  readonly authenticate: EsignProxyOptions['authenticate'];
  readonly basePath: string;
  readonly operations: readonly AnyOperation[];
  readonly checks: ReadonlyMap<string, AnyOperationCheck>;
  readonly publicOrigins: PublicOrigins | undefined;
  readonly redirectOrigins: readonly string[] | undefined;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  readonly maxUpstreamBytes: number;
  readonly fetch: typeof fetch | undefined;
  readonly onError: EsignProxyOptions['onError'];
  readonly onLog: EsignProxyOptions['onLog'];
  readonly allowedOrigins: readonly string[] | undefined;
  readonly store: ProxyStore;
  readonly idempotencyTtlMs: number;
  readonly rateLimits: ReadonlyMap<string, RateLimitRule>;
  readonly queryRetries: number;
  readonly strictResponses: boolean;
}

/**
 * Checks the configuration once, at start-up, and refuses to build a proxy that would be
 * unsafe: no `authorize`, an empty key, a plain-HTTP upstream off this machine, a
 * server-only operation exposed to browsers, or an operation whose vendor is not configured.
 */
export function resolveProxyOptions(options: EsignProxyOptions | EsignProxyVendorOptions): ResolvedProxyOptions {
  if (typeof options.authorize !== 'function') {
    throw new TypeError(
      'createEsignProxy: `authorize` is required. Pass a function that checks the signed-in user, e.g. `authorize: ({ request }) => isSignedIn(request)`.',
    );
  }
  const vendors = resolveVendors(options);
  const { operations, checks } = normaliseOperationRules(options.operations ?? vendors.operations);
  assertOperationList(operations);
  const serverOnly = operations.filter((operation) => operation.serverOnly).map((operation) => operation.id);
  if (serverOnly.length) {
    throw new TypeError(
      `createEsignProxy: server-only operations cannot be exposed to browsers: ${serverOnly.join(', ')}. Call them with the server client instead.`,
    );
  }
  assertVendorsConfigured(operations, vendors.byId);
  const origins = resolveOriginSettings(options);
  const basePath = `/${(options.basePath ?? '/api/esign').replace(/^\/+|\/+$/g, '')}`;
  return {
    vendors: vendors.byId,
    staticSecrets: vendors.staticSecrets,
    authorize: options.authorize,
    authenticate: options.authenticate,
    basePath: basePath === '/' ? '' : basePath,
    operations,
    checks,
    ...origins,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
    maxUpstreamBytes: options.maxUpstreamBytes ?? 4 * 1024 * 1024,
    fetch: options.fetch,
    onError: options.onError,
    onLog: options.onLog,
    store: options.store ?? createMemoryStore(),
    idempotencyTtlMs: options.idempotencyTtlMs ?? 24 * 60 * 60 * 1000,
    rateLimits: resolveRateLimits(options.rateLimits),
    queryRetries: options.queryRetries ?? 2,
    strictResponses: options.strictResponses ?? false,
  };
}

function resolveRateLimits(overrides: EsignProxyOptions['rateLimits'] = {}): ReadonlyMap<string, RateLimitRule> {
  const rules = new Map<string, RateLimitRule>();
  for (const [id, rule] of Object.entries({ ...defaultRateLimits, ...overrides })) {
    if (rule === false) continue;
    if (!(Number.isInteger(rule.limit) && rule.limit > 0 && rule.windowMs > 0)) {
      throw new TypeError(`createEsignProxy: rateLimits["${id}"] needs a positive integer limit and windowMs.`);
    }
    rules.set(id, rule);
  }
  return rules;
}

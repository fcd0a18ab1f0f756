import type { SigningEvent } from '@esign-kit/core/events';
import type { AnyOperation } from '@esign-kit/core/server';
import type { ProxyStore } from '../store/ProxyStore.js';

/**
 * The seam between the proxy and one e-signature vendor (Prix, eSignon). Everything that differs
 * between vendors lives behind it: the base URL and path shape, how a call is authenticated (a
 * static key; a member login whose token is cached and renewed), the answer's envelope and its
 * error catalogue, and any route the vendor calls back on. Everything else (routing, origin
 * checks, input validation, `authorize`, idempotency, limits, logging) is the proxy's and knows
 * no vendor.
 *
 * An operation belongs to the vendor whose `id` equals its definition's `vendor` (`'prix'` when
 * the definition names none). Prix is built in: `createEsignProxy({ apiKey, upstream })` makes its
 * vendor; others come in through the proxy's `vendors` option.
 *
 * @example
 * ```ts
 * // A vendor for one read-only operation, answering from its own store.
 * const weather: Vendor = {
 *   id: 'weather',
 *   operations: [forecast], // defineOperation({ vendor: 'weather', id: 'weather.forecast', … })
 *   staticSecrets: [process.env.WEATHER_KEY!],
 *   account: async () => ({ tenant: 'weather-demo', secrets: [] }),
 *   async call({ input }, { send }) {
 *     const { city } = input as { city: string } // validated by forecast's input schema
 *     const url = `https://weather.example/v1/forecast?city=${encodeURIComponent(city)}`
 *     const reply = await send({ url, method: 'GET', headers: { 'x-key': process.env.WEATHER_KEY! } }, { retry: true })
 *     if (reply.ok === false) return reply // already in the kit's terms
 *     return reply.status === 200 ? { ok: true, data: reply.payload } : { ok: false, errorCode: 'WEATHER_FAILED', message: 'No forecast.', status: 502 }
 *   },
 * }
 * createEsignProxy({ authorize, vendors: [weather] })
 * ```
 */
export interface Vendor<TAccount extends VendorAccount = VendorAccount> {
  /** `'prix'`, `'esignon'`: matched against each operation's `vendor`. Unique among a proxy's vendors. */
  readonly id: string;
  /**
   * The vendor's name in the messages told to `onError` (`'eSignon'`: "eSignon may have carried
   * out esignon.workflows.start").
   * @default id
   */
  readonly name?: string | undefined;
  /** The operations browsers may call when the app lists none (the default allowlist). */
  readonly operations: readonly AnyOperation[];
  /**
   * Credentials known when the proxy starts (a static key, a password): redacted from every
   * answer and log line, even those written before a request's account is resolved.
   */
  readonly staticSecrets: readonly string[];
  /**
   * The account a request acts as: resolved after every check passed, before the vendor is
   * called. Its `tenant` separates accounts sharing a store (idempotency keys, limits).
   */
  account(request: Request): Promise<TAccount>;
  /**
   * Performs one call the proxy has admitted (origin, input, `authorize`, idempotency, limits
   * all passed). Sends it upstream through `context.send`, which owns the deadline, retries,
   * the size limit and aborting; reads the vendor's envelope; answers in the kit's terms.
   */
  call(call: VendorCall<TAccount>, context: VendorCallContext): Promise<VendorResult>;
  /**
   * Requests the vendor itself sends to the proxy (eSignon's ExportAPI callbacks), served under
   * the proxy's base path before operations are matched. They skip the browser checks (origin,
   * `authenticate`, `authorize`): each route authenticates its caller itself.
   */
  readonly routes?: readonly VendorRoute[];
}

/** Who a request acts as at the vendor. */
export interface VendorAccount {
  /** A hash standing for the account in the store; never a credential. */
  readonly tenant: string;
  /** Values to redact from the answer and the logs (the key, the current token). */
  readonly secrets: readonly string[];
}

/** One admitted call. */
export interface VendorCall<TAccount extends VendorAccount = VendorAccount> {
  readonly operation: AnyOperation;
  /** The validated input (defaults applied, server rules applied). */
  readonly input: unknown;
  /** What `account` resolved for this request (a vendor may add its own fields: Prix's key). */
  readonly account: TAccount;
  /** The browser's request (read-only: for per-request credentials such as an `apiKey` function). */
  readonly request: Request;
}

/** What the proxy lends a vendor for one call. */
export interface VendorCallContext {
  /** Sends one upstream request with the proxy's transport rules (see {@link UpstreamSend}). */
  readonly send: UpstreamSend;
  /** The proxy's store, shared between instances when it is Redis. */
  readonly store: ProxyStore;
  /**
   * Tells the app's `onError` (with the operation's id), the detail redacted of every vendor's
   * static secrets, the account's secrets, e-mail addresses and phone numbers.
   */
  readonly report: (errorCode: string, status: number, detail: string) => void;
}

/** One request to the vendor, built by the vendor. */
export interface UpstreamRequest {
  /** Absolute URL (the vendor's base URL plus the operation's path and query). */
  readonly url: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** Everything sent: the proxy adds nothing of the browser's request (no cookies). */
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON text, or none. */
  readonly body?: string | undefined;
}

/**
 * The proxy's transport: one deadline (`timeoutMs`) for every request and attempt of a call,
 * retries with backoff (up to `queryRetries`) on a network error or a 5xx when `retry` is set,
 * `redirect: 'error'`, the `maxUpstreamBytes` limit, and the browser's signal for queries and
 * page links (a mutation runs to its end whoever leaves). Resolves to the status and the parsed
 * JSON body (`undefined` when the body is empty or not JSON), or to a failure already in the
 * kit's terms and already told to `onError`: 504 `ESIGN_KIT_UPSTREAM_TIMEOUT`, 502
 * `ESIGN_KIT_UPSTREAM_UNREACHABLE`, 502 `ESIGN_KIT_UPSTREAM_TOO_LARGE`, 499
 * `ESIGN_KIT_CLIENT_CLOSED_REQUEST`. It never throws.
 *
 * @example
 * ```ts
 * const reply = await send({ url, method: 'GET', headers: { authorization } }, { retry: true })
 * if (reply.ok === false) return reply
 * ```
 */
export type UpstreamSend = (
  request: UpstreamRequest,
  options: UpstreamSendOptions,
) => Promise<UpstreamReply | VendorFailure>;

/** How {@link UpstreamSend} treats one request. */
export interface UpstreamSendOptions {
  /**
   * Safe to send again (it changes nothing at the vendor, or a refused one did nothing): tried
   * again after a network error or a 5xx. When `false`, a failure after the request went out is
   * told to `onError` as "may have carried out" the operation.
   */
  readonly retry: boolean;
  /**
   * The request serves other calls too (a login that concurrent calls wait for): it gets a
   * deadline of its own (`timeoutMs`) and is not cut short when this call's browser goes away.
   * @default false
   */
  readonly shared?: boolean | undefined;
}

/** A complete upstream answer. */
export interface UpstreamReply {
  readonly ok: 'reply';
  readonly status: number;
  /** The parsed JSON body, or `undefined` when it was empty or not JSON. */
  readonly payload: unknown;
}

/** A call that succeeded at the vendor. `data` is checked against the operation's schema by the proxy (drift is reported, not failed). */
export interface VendorSuccess {
  readonly ok: true;
  /** The operation's data, before the tolerant read; `undefined` for an answer without data. */
  readonly data: unknown;
}

/** A call that failed, in the kit's terms. */
export interface VendorFailure {
  readonly ok: false;
  /** The vendor's code as the kit names it (`NOT_FOUND_CUSTOMER`, `ESIGNON_LOGIN_FAILED`) or a kit code. */
  readonly errorCode: string;
  /** The vendor's own message, verbatim (may be Korean), or the code's English sentence. */
  readonly message: string;
  /** HTTP status for the browser. */
  readonly status: number;
  /** The code's sentence in Korean and English, when the vendor's catalogue knows it. */
  readonly texts?: { readonly ko: string; readonly en: string } | undefined;
}

export type VendorResult = VendorSuccess | VendorFailure;

/**
 * A request the vendor sends to the proxy (a callback), served at `<basePath>/<path>`. The proxy
 * refuses at start-up a route on a path an allowed operation answers, on its return page, or
 * taken twice; another method on the route's path is 405.
 *
 * @example
 * ```ts
 * const callback: VendorRoute = {
 *   method: 'POST',
 *   path: 'esignon/callback',
 *   async handle(request, { store, report }) {
 *     if (!sameSecret(request.headers.get('authorization'), secret)) {
 *       report('ESIGNON_CALLBACK_UNAUTHORIZED', 401, 'A callback arrived without the configured Authorization.')
 *       return Response.json({}, { status: 401 })
 *     }
 *     await store.set(`esignon:seen:${await request.text()}`, '1', 60_000)
 *     return Response.json({})
 *   },
 * }
 * ```
 */
export interface VendorRoute {
  readonly method: 'POST' | 'GET';
  /** Path under the base path, e.g. `esignon/callback`. */
  readonly path: string;
  /**
   * Answers the request. Its body is redacted of every vendor's static secrets; a throw is the
   * proxy's 500 `ESIGN_KIT_INTERNAL`, without details.
   */
  handle(request: Request, context: VendorRouteContext): Promise<Response>;
}

/** What the proxy lends a vendor route. */
export interface VendorRouteContext {
  /** The proxy's store, shared between instances when it is Redis. */
  readonly store: ProxyStore;
  /** Tells the app's `onError` (no operation id), the detail redacted of every vendor's static secrets. */
  readonly report: (errorCode: string, status: number, detail: string) => void;
  /**
   * Publishes signing events to the proxy's live streams (ids and statuses only). Absent when
   * the proxy's `events` are off. Never rejects: a failure goes to `onError` and changes
   * nothing of the route's answer.
   */
  readonly publish?: ((events: readonly SigningEvent[]) => Promise<void>) | undefined;
}

import type { ErrorTexts } from '../errors/clientErrorTexts.js';
import { EsignKitError, type EsignKitErrorInit } from '../errors/EsignKitError.js';
import { detectLocale, type Locale } from '../errors/locale.js';
import type { AnyRoute, OperationData, OperationInput } from '../operation.js';
import type { ValidationResult } from '../schemas/validateInput.js';
import { encodeRequest } from '../wire/encodeRequest.js';
import { parseEnvelope } from '../wire/envelope.js';
import { randomKey } from './randomKey.js';
import { stableKey } from './stableKey.js';

/**
 * The header in which the proxy names the paths where Prix's `data` differed from the schema
 * (comma-separated, array indexes as `*`). The answer is still a success: see `onDrift`.
 */
export const driftHeader = 'esign-kit-drift';

/** Told to `onDrift`: Prix answered an operation in a shape that differs from the schema. */
export interface DriftEvent {
  readonly operationId: string;
  /** Where the answer differed, e.g. `['signature.title']`. Paths only, never values. */
  readonly paths: readonly string[];
}

/** `fetch`'s `HeadersInit`, spelled out: servers compile these types without the DOM lib. */
export type ClientHeaders = Headers | Record<string, string> | [string, string][];

export interface EsignClientOptions {
  /**
   * Where the esign-kit proxy is mounted: a path on the app's origin (`/api/esign`) or an
   * absolute URL. Never Prix itself: the browser must not hold the API key.
   */
  baseUrl: string;
  /**
   * The fetch to use (tests, instrumentation, SSR).
   * @default globalThis.fetch, looked up at call time
   */
  fetch?: typeof fetch;
  /** Extra headers on every request, e.g. a CSRF token. */
  headers?: ClientHeaders | (() => ClientHeaders);
  /**
   * Cookies on proxy requests, which is how the proxy's `authorize` usually knows the user.
   * @default 'same-origin'
   */
  credentials?: 'include' | 'omit' | 'same-origin';
  /**
   * Language of `EsignKitError.message`.
   * @default the browser's language (Korean when it is not English-speaking... or unknown)
   */
  locale?: Locale;
  /**
   * The Korean and English sentences of an error code, for answers that carry none (the proxy
   * sends them with every error it knows; Prix itself does not). The server client passes
   * `describeErrorCode`; a browser client leaves it out so the catalogue stays out of its bundle.
   * @default none: the vendor's message, else a generic sentence naming the code
   */
  describeError?: (errorCode: string) => ErrorTexts | undefined;
  /**
   * Check each response's `data` against the operation's schema (dropping unknown fields), when
   * the operation passed is `validated(definition)`. The proxy already does this, so browsers
   * leave it off.
   * @default false
   */
  validateResponses?: boolean;
  /**
   * Allow server-only operations (they return secrets such as API keys). Only
   * `createEsignServerClient` sets this; a browser client rejects them before any request.
   * @default false
   */
  allowServerOnly?: boolean;
  /**
   * Told when the proxy answered with what it could read of an answer from Prix that differs
   * from the documented shape (the `esign-kit-drift` header). The request still succeeded: this
   * is for development, to notice that Prix changed. Nothing is logged without it, so that
   * browser bundles stay small.
   * @default none
   * @example
   * ```ts
   * createEsignClient({
   *   baseUrl: '/api/esign',
   *   onDrift: import.meta.env.DEV ? ({ operationId, paths }) => console.warn(operationId, paths) : undefined,
   * })
   * ```
   */
  onDrift?: (event: DriftEvent) => void;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Join an identical mutation already in flight instead of sending a second one (a double
   * click sends one reminder).
   * @default true for mutations
   */
  dedupe?: boolean;
  /**
   * Sent as the `Idempotency-Key` header of a mutation: the proxy answers a repeated key with the
   * first answer instead of calling Prix again. Pass the same value when retrying one user action.
   * @default a fresh random key per mutation call (joined duplicates share the first one's)
   */
  idempotencyKey?: string;
}

/**
 * The checks `validated(definition)` (from `@esign-kit/core/server`) puts on a route. The client
 * runs them when they are there: validation in the browser is a choice made where the operation
 * is passed, and it brings the schemas into that bundle. A plain route (what the hooks use) has
 * none, and the proxy validates.
 */
export interface RouteChecks {
  /** Validates an input (defaults applied); the client rejects invalid input before any request. */
  readonly checkInput: (input: unknown) => ValidationResult;
  /** Validates a response's `data`; run when the client's `validateResponses` is on. */
  readonly checkData: (data: unknown) => ValidationResult;
}

/** The checks of a route made with `validated(definition)`; `undefined` for any other. */
function checksOf(operation: AnyRoute): RouteChecks | undefined {
  const checks = operation as AnyRoute & Partial<RouteChecks>;
  return checks.checkInput && checks.checkData ? (checks as RouteChecks) : undefined;
}

/** A typed client for the esign-kit proxy. Made by {@link createEsignClient}. */
export interface EsignClient {
  readonly baseUrl: string;
  readonly locale: Locale;
  /**
   * Calls the proxy and resolves to the operation's `data`; rejects with an `EsignKitError`.
   * Given a route (`findContractRoute`, as the hooks do), the proxy validates the input; given
   * `validated(findContract)`, the client does first and rejects invalid input before any request.
   */
  request<TOperation extends AnyRoute>(
    operation: TOperation,
    input: OperationInput<TOperation>,
    options?: RequestOptions,
  ): Promise<OperationData<TOperation>>;
}

/**
 * Creates the client the hooks and components use to talk to the esign-kit proxy.
 *
 * @example
 * ```ts
 * import { createEsignClient, findContractRoute } from '@esign-kit/core'
 *
 * const client = createEsignClient({ baseUrl: '/api/esign' })
 * const { contract } = await client.request(findContractRoute, { customKey: 'a4-k1234' })
 * ```
 */
export function createEsignClient(options: EsignClientOptions): EsignClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const locale = options.locale ?? detectLocale();
  const inFlight = new Map<string, Promise<unknown>>();
  /** The error of a call, in the client's language and naming the operation. */
  const fail = (operation: AnyRoute, init: Omit<EsignKitErrorInit, 'locale' | 'operationId'>) =>
    new EsignKitError({ ...init, locale, operationId: operation.id });

  async function send(operation: AnyRoute, parsed: unknown, requestOptions: RequestOptions): Promise<unknown> {
    const { signal } = requestOptions;
    const encoded = encodeRequest(operation, parsed);
    const query = encoded.search.size ? `?${encoded.search}` : '';
    const headers = new Headers(typeof options.headers === 'function' ? options.headers() : options.headers);
    headers.set('accept', 'application/json');
    if (encoded.body) headers.set('content-type', 'application/json');
    if (operation.kind === 'mutation') headers.set('idempotency-key', requestOptions.idempotencyKey ?? randomKey());
    const fetchImpl = options.fetch ?? globalThis.fetch;

    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/${encoded.path}${query}`, {
        method: encoded.method,
        headers,
        body: encoded.body ? JSON.stringify(encoded.body) : null,
        credentials: options.credentials ?? 'same-origin',
        signal: signal ?? null,
      });
    } catch (cause) {
      if (signal?.aborted) throw signal.reason ?? cause;
      throw fail(operation, { errorCode: 'ESIGN_KIT_NETWORK_ERROR', cause });
    }

    const envelope = parseEnvelope(await response.json().catch(() => undefined));
    if (!envelope) throw fail(operation, { errorCode: 'ESIGN_KIT_INVALID_RESPONSE', status: response.status });
    if (!envelope.ok) {
      throw fail(operation, {
        errorCode: envelope.errorCode,
        status: response.status,
        vendorMessage: envelope.message || undefined,
        texts: envelope.texts ?? options.describeError?.(envelope.errorCode),
        issues: envelope.issues,
        retryAfterSeconds: retryAfterOf(response.headers),
      });
    }
    const drift = options.onDrift && response.headers.get(driftHeader);
    if (drift) options.onDrift?.({ operationId: operation.id, paths: drift.split(', ') });
    // The proxy has checked `data` already; a plain route has no schema to check it with.
    const checks = options.validateResponses ? checksOf(operation) : undefined;
    if (!checks) return envelope.data;
    const data = checks.checkData(envelope.data);
    if (!data.ok) {
      throw fail(operation, { errorCode: 'ESIGN_KIT_INVALID_RESPONSE', status: response.status, issues: data.issues });
    }
    return data.value;
  }

  return {
    baseUrl,
    locale,
    request(operation, input, requestOptions = {}) {
      const op: AnyRoute = operation;
      if (op.serverOnly && !options.allowServerOnly) {
        return Promise.reject(fail(op, { errorCode: 'ESIGN_KIT_SERVER_ONLY_OPERATION' }));
      }
      // `validated(definition)` carries checks: run them here, before any request. A plain route
      // (what the hooks use, so that browsers bundle no validator) leaves it to the proxy, which
      // answers invalid input with the same error and issues before calling Prix.
      let value: unknown = input;
      const checks = checksOf(op);
      if (checks) {
        const validation = checks.checkInput(input);
        if (!validation.ok) {
          return Promise.reject(fail(op, { errorCode: 'ESIGN_KIT_INVALID_INPUT', issues: validation.issues }));
        }
        value = validation.value;
      }
      const dedupe = requestOptions.dedupe ?? op.kind === 'mutation';
      if (!dedupe) return send(op, value, requestOptions) as Promise<never>;

      const key = `${op.id} ${stableKey(value)}`;
      const pending = inFlight.get(key);
      if (pending) return pending as Promise<never>;
      const promise = send(op, value, requestOptions).finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return promise as Promise<never>;
    },
  };
}

/** `Retry-After` in seconds (the proxy sends delta-seconds); `undefined` when absent or not a number. */
function retryAfterOf(headers: Headers): number | undefined {
  const value = headers.get('retry-after')?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

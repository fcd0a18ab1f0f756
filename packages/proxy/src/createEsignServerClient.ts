import { createEsignClient, type DriftEvent, type EsignClient, EsignKitError, type Locale } from '@esign-kit/core';
import { withIssueTexts } from '@esign-kit/core/issues';
import {
  type AnyOperation,
  builtInOperations,
  definitionOfValidated,
  describeErrorCode,
  validated,
} from '@esign-kit/core/server';
import { isNewDrift, readUpstreamData } from './readUpstreamData.js';
import { parseUpstreamUrl } from './upstreamUrl.js';
import { prixKeyHeader } from './vendor/prixVendor.js';

export interface EsignServerClientOptions {
  /** The Prix API key of the business to act as. */
  apiKey: string;
  /** The kit's base URL including `/kit-api/v1` (https, or http on loopback for the sandbox). */
  upstream: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Language of `EsignKitError.message`. @default 'ko' */
  locale?: Locale;
  /**
   * Called with each answer's status and headers (the key redacted), before its body is read:
   * for what a caller may want beyond `data`, such as a request id or `Retry-After`. A 429's
   * `Retry-After` also reaches the error itself, as `retryAfterSeconds`.
   */
  onResponse?: (response: UpstreamResponseInfo) => void;
  /**
   * Reject with `ESIGN_KIT_INVALID_RESPONSE` when Prix's `data` does not match the operation's
   * schema, instead of resolving with the documented fields that could be read.
   * @default false (Prix has done what was asked: see `onDrift`)
   */
  strictResponses?: boolean;
  /** Told once per operation and set of paths when Prix's `data` differed from the schema. */
  onDrift?: (event: DriftEvent) => void;
}

/** What {@link EsignServerClientOptions.onResponse} receives for each upstream answer. */
export interface UpstreamResponseInfo {
  /** The request's URL (the key travels in a header, never here). */
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
}

/** Headers that describe the original body's bytes, which the rebuilt response no longer has. */
const bodyFraming = new Set(['content-length', 'content-encoding', 'transfer-encoding']);

/**
 * A client that calls Prix directly with the API key, for server code only: jobs, webhooks,
 * and the server-only operations the proxy never exposes (creating a business and listing
 * managed businesses return API keys). It checks every response against the operation's
 * schema, and removes the key from anything Prix sends back before it is parsed.
 *
 * @example
 * ```ts
 * import { createBusiness } from '@esign-kit/core/server';
 * import { createEsignServerClient } from '@esign-kit/proxy'
 *
 * const prix = createEsignServerClient({ apiKey: process.env.PRIX_API_KEY!, upstream: 'https://api.prix.im/kit-api/v1' })
 * const { apiKey, uuid } = await prix.request(createBusiness, {
 *   input: { user: { email: 'owner@example.com', password: 'initial1234' }, profile: { name: '주식회사 예시' } },
 * })
 * ```
 */
export function createEsignServerClient(options: EsignServerClientOptions): EsignClient {
  if (typeof window !== 'undefined' && typeof document !== 'undefined') {
    throw new Error(
      'createEsignServerClient holds the Prix API key and must not run in a browser. Use createEsignClient with the proxy.',
    );
  }
  const { apiKey } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError('createEsignServerClient: `apiKey` must be a non-empty string.');
  }
  const upstream = parseUpstreamUrl(options.upstream, 'createEsignServerClient');
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const redact = (text: string) => text.replaceAll(apiKey, '[redacted]');
  const redactingFetch: typeof fetch = async (input, init) => {
    const response = await fetchImpl(input, init);
    // Upstream headers are kept (`Retry-After` becomes the error's `retryAfterSeconds`), with the
    // key removed from them as from the body.
    const headers = new Headers();
    for (const [name, value] of response.headers) if (!bodyFraming.has(name)) headers.append(name, redact(value));
    const url = input instanceof Request ? input.url : String(input);
    options.onResponse?.({ url, status: response.status, headers: new Headers(headers) });
    const text = redact(await response.text());
    return new Response(text, { status: response.status, statusText: response.statusText, headers });
  };

  const client = createEsignClient({
    baseUrl: upstream,
    fetch: redactingFetch,
    headers: { [prixKeyHeader]: apiKey },
    credentials: 'omit',
    locale: options.locale ?? 'ko',
    // Read below, the tolerant way (`readUpstreamData`), as the proxy does.
    validateResponses: false,
    allowServerOnly: true,
    // Prix's answers carry only its own (Korean) text: the catalogue gives both languages.
    describeError: describeErrorCode,
  });
  // Prix has done what was asked: an answer that differs from the schema is read, not failed.
  function readData(definition: AnyOperation, data: unknown): unknown {
    const read = readUpstreamData(definition, data);
    if (!read.drift.length) return read.value;
    const operationId = definition.id;
    if (options.strictResponses) {
      const issues = read.drift.map((path) => ({ path, message: 'Does not match the documented shape.' }));
      throw new EsignKitError({ errorCode: 'ESIGN_KIT_INVALID_RESPONSE', locale: client.locale, operationId, issues });
    }
    if (isNewDrift(options, operationId, read.drift.join(', '))) options.onDrift?.({ operationId, paths: read.drift });
    return read.value;
  }
  return {
    baseUrl: client.baseUrl,
    locale: client.locale,
    // Nothing stands between this client and Prix, so it always validates: a route (say
    // `findContractRoute`, which carries no schema) is swapped for its built-in definition.
    request(operation, input, requestOptions) {
      const definition =
        'input' in operation
          ? (operation as unknown as AnyOperation)
          : (definitionOfValidated(operation) ?? definitionOf(operation.id));
      if (!definition) {
        return Promise.reject(
          new TypeError(
            `createEsignServerClient: "${operation.id}" is a route without schemas and no built-in operation; pass its definition (made with defineOperation).`,
          ),
        );
      }
      return client.request(validated(definition) as unknown as typeof operation, input, requestOptions).then(
        (data) => readData(definition, data) as typeof data,
        (error: unknown) => wordIssues(error, client.locale),
      );
    },
  };
}

/** Invalid input, with each issue's sentence in Korean and English as the proxy sends them. */
function wordIssues(error: unknown, locale: Locale): never {
  if (!(error instanceof EsignKitError) || !error.issues.some((issue) => issue.code && !issue.texts)) throw error;
  const { errorCode, status, vendorMessage, texts, operationId, retryAfterSeconds } = error;
  throw new EsignKitError({
    ...{ errorCode, status, vendorMessage, texts, operationId, retryAfterSeconds, locale, cause: error.cause },
    issues: withIssueTexts(error.issues),
  });
}

let definitionsById: ReadonlyMap<string, AnyOperation> | undefined;
/** The built-in definition with this id; the map is built on first use, not at import. */
function definitionOf(id: string): AnyOperation | undefined {
  definitionsById ??= new Map(builtInOperations.map((operation) => [operation.id, operation]));
  return definitionsById.get(id);
}

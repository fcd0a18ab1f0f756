import {
  type AnyOperation,
  builtInOperations,
  createEsignClient,
  describeErrorCode,
  type EsignClient,
  type Locale,
} from '@esign-kit/core';
import { parseUpstreamUrl } from './upstreamUrl.js';

export interface EsignServerClientOptions {
  /** The Prix API key of the business to act as. */
  apiKey: string;
  /** The kit's base URL including `/kit-api/v1` (https, or http on loopback for the sandbox). */
  upstream: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Language of `EsignKitError.message`. @default 'ko' */
  locale?: Locale;
}

/**
 * A client that calls Prix directly with the API key, for server code only: jobs, webhooks,
 * and the server-only operations the proxy never exposes (creating a business and listing
 * managed businesses return API keys). It checks every response against the operation's
 * schema, and removes the key from anything Prix sends back before it is parsed.
 *
 * @example
 * ```ts
 * import { createBusiness } from '@esign-kit/core'
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

  const redactingFetch: typeof fetch = async (input, init) => {
    const response = await fetchImpl(input, init);
    const text = (await response.text()).replaceAll(apiKey, '[redacted]');
    return new Response(text, { status: response.status, statusText: response.statusText });
  };

  const client = createEsignClient({
    baseUrl: upstream,
    fetch: redactingFetch,
    headers: { 'x-api-key': apiKey },
    credentials: 'omit',
    locale: options.locale ?? 'ko',
    validateResponses: true,
    allowServerOnly: true,
    // Prix's answers carry only its own (Korean) text: the catalogue gives both languages.
    describeError: describeErrorCode,
  });
  return {
    baseUrl: client.baseUrl,
    locale: client.locale,
    // Nothing stands between this client and Prix, so it always validates: a route (say
    // `findContractRoute`, which carries no schema) is swapped for its built-in definition.
    request(operation, input, requestOptions) {
      const definition = operation.input ? operation : definitionOf(operation.id);
      if (!definition) {
        return Promise.reject(
          new TypeError(
            `createEsignServerClient: "${operation.id}" is a route without schemas and no built-in operation; pass its definition (made with defineOperation).`,
          ),
        );
      }
      return client.request(definition as typeof operation, input, requestOptions);
    },
  };
}

let definitionsById: ReadonlyMap<string, AnyOperation> | undefined;
/** The built-in definition with this id; the map is built on first use, not at import. */
function definitionOf(id: string): AnyOperation | undefined {
  definitionsById ??= new Map(builtInOperations.map((operation) => [operation.id, operation]));
  return definitionsById.get(id);
}

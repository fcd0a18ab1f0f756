import {
  type AnyOperation,
  browserSafeOperations,
  describeErrorCode,
  encodeRequest,
  parseEnvelope,
} from '@esign-kit/core/server';
import { sha256Hex } from '../fingerprint.js';
import { kitFailure } from './kitFailure.js';
import type { UpstreamRequest, Vendor, VendorAccount, VendorFailure, VendorResult } from './Vendor.js';

/** The Prix API key, or a function that picks it per request (one key per business). */
export type PrixApiKey = string | ((request: Request) => string | Promise<string>);

/** What Prix needs: the proxy's `apiKey` and `upstream` options (`upstream` already checked, no trailing slash). */
export interface PrixVendorOptions {
  readonly apiKey: PrixApiKey;
  readonly upstream: string;
}

/** A Prix account: the key a request is sent with, and the business it stands for in the store. */
export interface PrixAccount extends VendorAccount {
  readonly apiKey: string;
}

/** The header Prix reads the key from (its error examples answer `UNAUTHORIZED_API_KEY` for a bad one). */
export const prixKeyHeader = 'x-api-key';

/**
 * Prix behind the vendor seam, built by `createEsignProxy` from its `apiKey` and `upstream`
 * options. A request's account is its API key (a throwing or empty key function is a 500),
 * standing in the store for a hash of it, never the key. A call is the operation's path,
 * query and JSON body under `upstream`, with only three headers (the key, accept, content
 * type); Prix's envelope is read back: its failures pass on with Prix's code and own message
 * plus the code's Korean and English sentences from the kit's catalogue, its `data` goes to the
 * proxy's tolerant read. Queries are sent with `retry` (a mutation may have happened).
 *
 * @example
 * ```ts
 * const prix = prixVendor({ apiKey: process.env.PRIX_API_KEY!, upstream: 'https://api.prix.im/kit-api/v1' })
 * ```
 */
export function prixVendor(options: PrixVendorOptions): Vendor<PrixAccount> {
  const { apiKey, upstream } = options;
  // Accounts (their tenant a hash) are made once per key, for up to 10,000 keys.
  const accounts = new Map<string, Promise<PrixAccount>>();
  const accountOf = (key: string) => {
    let account = accounts.get(key);
    if (!account) {
      account = sha256Hex(key).then((tenant) => Object.freeze({ tenant, secrets: Object.freeze([key]), apiKey: key }));
      if (accounts.size < 10_000) accounts.set(key, account);
    }
    return account;
  };

  return {
    id: 'prix',
    name: 'Prix',
    operations: browserSafeOperations(),
    staticSecrets: typeof apiKey === 'string' ? [apiKey] : [],
    // A static key's account is the cached one, handed out without another step.
    account:
      typeof apiKey === 'string'
        ? () => accountOf(apiKey)
        : async (request) => {
            const key = await apiKey(request);
            if (!key) throw new Error('apiKey resolved to an empty value.');
            return accountOf(key);
          },
    async call({ operation, input, account }, { send, report }): Promise<VendorResult> {
      const reply = await send(prixRequest(upstream, account.apiKey, operation, input), {
        retry: operation.kind === 'query',
      });
      if (reply.ok === false) return reply;
      const envelope = parseEnvelope(reply.payload);
      if (!envelope) {
        report('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', 502, `Not a Prix envelope (HTTP ${reply.status}).`);
        return kitFailure('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE');
      }
      if (!envelope.ok) return prixFailure(envelope.errorCode, envelope.message, reply.status);
      return { ok: true, data: envelope.data };
    },
  };
}

/** One operation's request to Prix: path and query under `upstream`, the key, and a JSON body for POST / PATCH. */
export function prixRequest(
  upstream: string,
  apiKey: string,
  operation: AnyOperation,
  input: unknown,
): UpstreamRequest {
  const encoded = encodeRequest(operation, input);
  const query = encoded.search.size ? `?${encoded.search}` : '';
  const headers: Record<string, string> = { [prixKeyHeader]: apiKey, accept: 'application/json' };
  if (encoded.body) headers['content-type'] = 'application/json';
  return {
    url: `${upstream}/${encoded.path}${query}`,
    method: encoded.method,
    headers,
    body: encoded.body ? JSON.stringify(encoded.body) : undefined,
  };
}

/**
 * Prix's error passed on: its code and its own (Korean) message, with the code's sentences in
 * Korean and English when the catalogue documents it, and Prix's status when it is an error one.
 */
function prixFailure(errorCode: string, message: string, status: number): VendorFailure {
  const entry = describeErrorCode(errorCode);
  return {
    ok: false,
    errorCode,
    message,
    status: status >= 400 && status <= 599 ? status : 502,
    ...(entry ? { texts: { ko: entry.ko, en: entry.en } } : {}),
  };
}

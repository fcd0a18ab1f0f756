import type { ErrorTexts, KitErrorCode, ValidationIssue } from '@esign-kit/core';
import { withIssueTexts } from '@esign-kit/core/issues';
import { describeErrorCode, type ErrorCatalogueEntry } from '@esign-kit/core/server';
import { plainResponse } from './plainAnswer.js';

/**
 * The headers of every answer the proxy gives, first or replayed (see `idempotency.ts`): JSON
 * that no cache keeps and no browser sniffs as something else.
 */
export const protectiveHeaders: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * Field names that carry credentials, in any case and spelling: `apiKey` (Prix's, §6.1–6.2),
 * `API_KEY`, `x-api-key`, `secretKey`, `clientSecret`, `accessToken`, `password`… Never
 * serialised for a browser. No documented Prix response field matches (a test walks every
 * operation's data schema). Separators are only `-`, `_`, `.` and space, characters JSON
 * never escapes, so the same pattern run over the serialised text finds every such name.
 */
export const keyLikeName =
  /api[-_. ]*key|secret|token|passw(?:or)?d|credential|private[-_. ]*key|access[-_. ]*key|authorization/i;

/**
 * Serialises an envelope, dropping every field with a key-like name ({@link keyLikeName}) at any depth and removing every
 * occurrence of the values in `secrets`: whatever Prix (or a user-defined operation's schema, or
 * a bug) puts in a body, no API key leaves the proxy, whether ours or another business's.
 */
export function jsonResponse(
  body: unknown,
  status: number,
  secrets: readonly string[],
  headers: Record<string, string> = {},
): Response {
  // A replacer takes JSON.stringify off V8's fast path for every value of every answer. Most
  // answers hold no key-like name, and then serialising without it gives the same text; only
  // when such a name shows up anywhere (a key or a value) is the body serialised again,
  // dropping those fields.
  let text = JSON.stringify(body);
  if (keyLikeName.test(text))
    text = JSON.stringify(body, (name, value) => (keyLikeName.test(name) ? undefined : value));
  for (const secret of secrets) if (secret) text = text.replaceAll(secret, '[redacted]');
  // Built only when read: the Node adapter writes the text itself (see `plainAnswer.ts`).
  return plainResponse({ status, headers: { ...protectiveHeaders, ...headers }, text });
}

/** The `errorCode` of each error answer built here, so the access log needs no second read of the body. */
const errorCodes = new WeakMap<Response, string>();

/**
 * The `errorCode` of an error answer built by {@link kitError} or {@link vendorError};
 * `undefined` for any other response (a success, a replayed or hand-built one).
 */
export function errorCodeOf(response: Response): string | undefined {
  return errorCodes.get(response);
}

/**
 * An error envelope for one of esign-kit's own codes: its English sentence as `message`, and
 * both languages as `texts`, so that browser clients need no catalogue of their own.
 */
export function kitError(
  errorCode: KitErrorCode,
  secrets: readonly string[],
  extra: { issues?: readonly ValidationIssue[]; headers?: Record<string, string>; status?: number } = {},
): Response {
  const entry = describeErrorCode(errorCode);
  const body = {
    ok: false,
    errorCode,
    message: entry?.en ?? errorCode,
    ...textsOf(entry),
    // Each validator issue in Korean and English too (`texts`), so a browser shows it in its language.
    ...(extra.issues ? { issues: withIssueTexts(extra.issues) } : {}),
  };
  const response = jsonResponse(body, extra.status ?? entry?.status ?? 500, secrets, extra.headers);
  errorCodes.set(response, errorCode);
  return response;
}

/**
 * Prix's error passed on: its code and its own (Korean) message, plus the code's sentences in
 * Korean and English when the code is documented, so the browser shows them in the user's language.
 */
export function vendorError(errorCode: string, message: string, status: number, secrets: readonly string[]): Response {
  return failureResponse({ errorCode, message, status, texts: textsOf(describeErrorCode(errorCode)).texts }, secrets);
}

/**
 * A vendor's failure as the kit's error envelope: its code, its message and, when it has them,
 * its Korean and English sentences (`texts`). A status that is no error one is answered 502.
 */
export function failureResponse(
  failure: {
    readonly errorCode: string;
    readonly message: string;
    readonly status: number;
    readonly texts?: ErrorTexts | undefined;
  },
  secrets: readonly string[],
): Response {
  const { errorCode, message, texts } = failure;
  const body = { ok: false, errorCode, message, ...(texts ? { texts: { ko: texts.ko, en: texts.en } } : {}) };
  const status = failure.status >= 400 && failure.status <= 599 ? failure.status : 502;
  const response = jsonResponse(body, status, secrets);
  errorCodes.set(response, errorCode);
  return response;
}

/** `{ texts: { ko, en } }` of a catalogue entry, to spread into an error envelope; `{}` for an unknown code. */
function textsOf(entry: ErrorCatalogueEntry | undefined): { texts?: ErrorTexts } {
  return entry ? { texts: { ko: entry.ko, en: entry.en } } : {};
}

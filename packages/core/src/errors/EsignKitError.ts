import { clientTextsFor, type ErrorTexts } from './clientErrorTexts.js';
import type { ErrorCode } from './errorCodes.js';
import type { Locale } from './locale.js';

/**
 * What kind of problem an issue is, for a program to act on (map it to a field, word it itself):
 * `required` (missing or empty), `too_long` / `too_short` (text or list length, see `maximum` /
 * `minimum`), `too_big` / `too_small` (a number), `format` (see `format`), `invalid_value` (not
 * one of `values`), `invalid_type`, `unknown_field` (see `keys`), `custom` (a rule of its own).
 */
export type ValidationIssueCode =
  | 'required'
  | 'too_long'
  | 'too_short'
  | 'too_big'
  | 'too_small'
  | 'format'
  | 'invalid_value'
  | 'invalid_type'
  | 'unknown_field'
  | 'custom';

/**
 * One problem found while validating input, with a dotted path such as `sendInput.sendType`.
 * `message` is English (kept for older readers); `texts` has the sentence in Korean and English
 * when the proxy (or the server-side validator) wrote it, and `code` with its limits says the same
 * to a program.
 */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
  readonly code?: ValidationIssueCode | undefined;
  /** For `too_long` / `too_big`: the largest length (characters or items) or value allowed. */
  readonly maximum?: number | undefined;
  /** For `too_short` / `too_small`: the smallest length or value allowed. */
  readonly minimum?: number | undefined;
  /** For `format`: which one, e.g. `email`, `phone`, `uuid`, `url`, `datetime`, `date`, `pattern`. */
  readonly format?: string | undefined;
  /** For `invalid_value`: the accepted values. */
  readonly values?: readonly (string | number | boolean | null)[] | undefined;
  /** For `unknown_field`: the fields that are not accepted. */
  readonly keys?: readonly string[] | undefined;
  /** The sentence in Korean and English, without the path. */
  readonly texts?: ErrorTexts | undefined;
}

export interface EsignKitErrorInit {
  errorCode: ErrorCode;
  /** HTTP status of the response; `undefined` when no response arrived (network, validation). */
  status?: number | undefined;
  /** The vendor's (or proxy's) own message, kept verbatim. */
  vendorMessage?: string | undefined;
  /**
   * The code's sentences in Korean and English: the proxy sends them in its error envelope, the
   * server client looks them up in the catalogue. Without them the client's own sentences (for
   * the codes it raises itself), then `vendorMessage`, make the message.
   */
  texts?: ErrorTexts | undefined;
  issues?: readonly ValidationIssue[] | undefined;
  locale?: Locale | undefined;
  operationId?: string | undefined;
  /** From the answer's `Retry-After` header (seconds), when it had one. */
  retryAfterSeconds?: number | undefined;
  cause?: unknown;
}

/**
 * The one error type every esign-kit call throws: from the client, the query options, the
 * hooks and the server client.
 *
 * - `errorCode`: Prix's own code (e.g. `NOT_FOUND_CUSTOMER`) or esign-kit's (`ESIGN_KIT_*`).
 * - `status`: the HTTP status, `undefined` when the request never got an answer.
 * - `message`: a human sentence in the chosen locale (Korean or English).
 * - `vendorMessage`: Prix's text, unchanged (usually Korean).
 * - `texts`: the sentence in Korean and in English, when known (`messageIn` picks one).
 * - `issues`: for `ESIGN_KIT_INVALID_INPUT`, what was wrong and where: each with its `path`, its
 *   English `message`, a `code` (`required`, `too_long`…) and, from the proxy, `texts` in both languages.
 * - `retryAfterSeconds`: for `ESIGN_KIT_RATE_LIMITED` (429), how long to wait before trying again.
 *
 * @example
 * ```ts
 * try {
 *   await client.request(findContract, { uuid })
 * } catch (error) {
 *   if (isEsignKitError(error) && error.errorCode === 'NOT_FOUND_CUSTOMER') showNotFound()
 *   else throw error
 * }
 * ```
 */
export class EsignKitError extends Error {
  override readonly name = 'EsignKitError';
  // `declare`: set in the constructor, so no class-field code is emitted for them (browser bytes).
  declare readonly errorCode: ErrorCode;
  declare readonly status: number | undefined;
  declare readonly vendorMessage: string | undefined;
  declare readonly texts: ErrorTexts | undefined;
  declare readonly issues: readonly ValidationIssue[];
  declare readonly operationId: string | undefined;
  /** Seconds to wait before trying again, from the proxy's `Retry-After` (rate limits); else `undefined`. */
  declare readonly retryAfterSeconds: number | undefined;

  constructor(init: EsignKitErrorInit) {
    const texts = init.texts ?? clientTextsFor(init.errorCode);
    super(localizedMessage({ ...init, texts }), { cause: init.cause });
    this.texts = texts;
    this.errorCode = init.errorCode;
    this.status = init.status;
    this.vendorMessage = init.vendorMessage;
    this.issues = init.issues ?? [];
    this.operationId = init.operationId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** The message in another locale (the issues, if any, are appended). */
  messageIn(locale: Locale): string {
    return localizedMessage({ ...this, locale });
  }
}

/**
 * Type guard that also works across bundle copies of the class: it checks the shape (every
 * instance has that `name` and an `errorCode`), not `instanceof`, so code that only asks (retry
 * rules, the launcher) does not bring the class and its sentences into a bundle.
 */
export function isEsignKitError(value: unknown): value is EsignKitError {
  return value instanceof Error && value.name === 'EsignKitError' && 'errorCode' in value;
}

function localizedMessage(
  init: Pick<EsignKitErrorInit, 'errorCode' | 'vendorMessage' | 'issues' | 'locale' | 'texts' | 'retryAfterSeconds'>,
): string {
  const locale = init.locale ?? 'ko';
  const ko = locale === 'ko';
  let base = init.texts?.[locale] ?? init.vendorMessage ?? fallback(locale, init.errorCode);
  // "잠시 후" / "later" becomes how long to wait, when the answer said so (`Retry-After`).
  const wait = init.retryAfterSeconds;
  if (wait) base = base.replace(/잠시 후|later/, (ko ? '약 ' : '') + after(locale, wait));
  // `message` is English (the validator's wording): a Korean message uses the issue's Korean
  // text when the proxy sent one, else names the field to check; `messageIn('en')` keeps the details.
  const listed = (init.issues ?? [])
    .map(({ path, message, texts }) =>
      ko
        ? texts
          ? path
            ? `${path}(${texts.ko.replace(/\.$/, '')})`
            : texts.ko
          : path
        : path
          ? `${path}: ${message}`
          : message,
    )
    .filter(Boolean);
  return listed.length ? `${base}${ko ? ' 확인할 항목:' : ''} ${listed.join(ko ? ', ' : '; ')}` : base;
}

/** "1시간 후" / "in 5 minutes": the wait in whole minutes or hours (at least a minute). */
function after(locale: Locale, seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const [amount, unit]: [number, Intl.RelativeTimeFormatUnit] =
    minutes < 60 ? [Math.max(1, minutes), 'minute'] : [Math.round(seconds / 3600), 'hour'];
  return new Intl.RelativeTimeFormat(locale).format(amount, unit);
}

function fallback(locale: Locale, code: string): string {
  return locale === 'ko' ? `요청이 실패했습니다 (${code}).` : `The request failed (${code}).`;
}

import type { ErrorTexts } from '../errors/clientErrorTexts.js';
import type { ValidationIssue } from '../errors/EsignKitError.js';
import type { ErrorCode } from '../errors/errorCodes.js';
import { isRecord } from './encodeRequest.js';

/** A successful Prix response. `data` is absent for a few endpoints (setting tags). */
export interface PrixSuccess<TData> {
  readonly ok: true;
  readonly data: TData;
  readonly message?: string;
}

/**
 * A failed Prix (or proxy) response. The proxy adds `issues` for invalid input, and `texts` (the
 * code's sentence in Korean and English) for every code it knows.
 */
export interface PrixFailure {
  readonly ok: false;
  readonly errorCode: ErrorCode;
  readonly message: string;
  readonly issues?: readonly ValidationIssue[];
  readonly texts?: ErrorTexts;
}

/** Every Prix response has this shape (reference §1.3); the proxy answers in it too. */
export type PrixEnvelope<TData> = PrixSuccess<TData> | PrixFailure;

/** Checks the envelope's shape (not `data`'s); `undefined` when the value is not an envelope. */
export function parseEnvelope(value: unknown): PrixEnvelope<unknown> | undefined {
  if (!isRecord(value) || typeof value.ok !== 'boolean') return undefined;
  if (value.ok) return { ok: true, data: value.data };
  if (typeof value.errorCode !== 'string') return undefined;
  const issues = Array.isArray(value.issues) ? value.issues.filter(isIssue) : undefined;
  return {
    ok: false,
    errorCode: value.errorCode,
    message: typeof value.message === 'string' ? value.message : '',
    ...(issues ? { issues } : {}),
    ...(isTexts(value.texts) ? { texts: { ko: value.texts.ko, en: value.texts.en } } : {}),
  };
}

function isTexts(value: unknown): value is ErrorTexts {
  return isRecord(value) && typeof value.ko === 'string' && typeof value.en === 'string';
}

function isIssue(value: unknown): value is ValidationIssue {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

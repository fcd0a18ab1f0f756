import type { ErrorCode } from '@esign-kit/core';

/** A refusal, in Prix's terms: the HTTP status, the error code and the (Korean) message. */
export interface Failure {
  readonly ok: false;
  readonly status: number;
  readonly errorCode: ErrorCode;
  readonly message: string;
}

/** What a domain function returns: a value, or the failure Prix would answer with. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | Failure;

/** Wraps a value as a successful outcome. */
export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/**
 * `400 SANDBOX_INVALID_REQUEST`: a request Prix would surely refuse, in a way the reference does
 * not document (an unknown tag id, a second e-signature on a contract). The message says what
 * was wrong; the `SANDBOX_` prefix tells it apart from Prix's own codes.
 */
export function invalidRequest(message: string): Failure {
  return { ok: false, status: 400, errorCode: 'SANDBOX_INVALID_REQUEST', message };
}

import type { ErrorCode, ValidationIssue } from '@esign-kit/core';
import type { PrixFailure, PrixSuccess } from '@esign-kit/core/server';
import type { HandlerResult } from './handlers/types.js';

/**
 * Codes the sandbox adds for requests Prix would reject in ways the reference does not document
 * (unknown path, wrong method, malformed input), for control requests that do not fit the
 * current state (`SANDBOX_CONFLICT`, e.g. signing for a participant whose turn it is not) or for
 * its own bugs. The `SANDBOX_` prefix keeps them apart from Prix's codes.
 */
export type SandboxErrorCode =
  | 'SANDBOX_NOT_FOUND'
  | 'SANDBOX_METHOD_NOT_ALLOWED'
  | 'SANDBOX_INVALID_REQUEST'
  | 'SANDBOX_CONFLICT'
  | 'SANDBOX_FORBIDDEN'
  | 'SANDBOX_NOT_IMPLEMENTED'
  | 'SANDBOX_INTERNAL_ERROR';

const jsonContentType = 'application/json; charset=utf-8';

/** Any JSON body with the sandbox's content type. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'content-type': jsonContentType } });
}

/** `{ ok: true, data }`, Prix's success envelope. */
export function success(data: unknown, headers?: Record<string, string>): Response {
  const body: PrixSuccess<unknown> = { ok: true, data };
  return json(body, 200, headers);
}

export interface FailureOptions {
  readonly issues?: readonly ValidationIssue[];
  readonly headers?: Record<string, string>;
}

/** `{ ok: false, errorCode, message }`, Prix's failure envelope, plus `issues` when given. */
export function failure(status: number, errorCode: ErrorCode, message: string, options: FailureOptions = {}): Response {
  const body: PrixFailure = { ok: false, errorCode, message, ...(options.issues ? { issues: options.issues } : {}) };
  return json(body, status, options.headers);
}

/** A sandbox-specific failure (see {@link SandboxErrorCode}). */
export function sandboxFailure(
  status: number,
  errorCode: SandboxErrorCode,
  message: string,
  options?: FailureOptions,
): Response {
  return failure(status, errorCode, message, options);
}

/** Turns a handler's result into its HTTP response. */
export function fromHandlerResult(result: HandlerResult<unknown>): Response {
  return result.ok ? success(result.data) : failure(result.status, result.errorCode, result.message);
}

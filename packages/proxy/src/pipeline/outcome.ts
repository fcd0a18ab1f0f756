import type { KitErrorCode, ValidationIssue } from '@esign-kit/core';
import { errorCodeOf, kitError } from '../respond.js';

/**
 * A request the proxy answers itself, without calling Prix: one of its own codes, with the
 * issues and headers that go with it. `status` overrides the catalogue's (415, 413).
 */
export interface Refusal {
  readonly kind: 'refusal';
  readonly errorCode: KitErrorCode;
  readonly status?: number;
  readonly issues?: readonly ValidationIssue[];
  readonly headers?: Readonly<Record<string, string>>;
}

/** An answer already built: Prix's (through `callUpstream`), a replayed one, or the return page. */
export interface Answer {
  readonly kind: 'answer';
  readonly response: Response;
  /** The envelope's `errorCode` when the answer is an error, for the log. */
  readonly errorCode: string | undefined;
  readonly replayed?: boolean;
}

/** How a request ends: every step either continues with a value or ends with one of these. */
export type Outcome = Refusal | Answer;

/** A refusal with `errorCode`, and the issues, headers or status it needs. */
export function refuse(
  errorCode: KitErrorCode,
  extra: { issues?: readonly ValidationIssue[] | undefined; headers?: Record<string, string>; status?: number } = {},
): Refusal {
  return {
    kind: 'refusal',
    errorCode,
    ...(extra.issues ? { issues: extra.issues } : {}),
    ...(extra.headers ? { headers: extra.headers } : {}),
    ...(extra.status ? { status: extra.status } : {}),
  };
}

/** A refusal with a single issue on the whole request (`path: ''`). */
export function refuseInput(message: string, status?: number): Refusal {
  return refuse('ESIGN_KIT_INVALID_INPUT', { issues: [{ path: '', message }], ...(status ? { status } : {}) });
}

/** Whether a step ended the request. */
export function isRefusal<T extends object>(step: T | Refusal): step is Refusal {
  return (step as { kind?: unknown }).kind === 'refusal';
}

/** A built answer as an outcome, its error code read from where it was built (see `errorCodeOf`). */
export function answered(response: Response, replayed = false): Answer {
  return { kind: 'answer', response, errorCode: errorCodeOf(response), ...(replayed ? { replayed } : {}) };
}

/**
 * The responder of one request: binds the secrets to redact once (the static key before the
 * key is resolved, the resolved key after) and turns the outcome into the one `Response` sent.
 */
export function responderFor(secrets: readonly string[]): (outcome: Outcome) => Response {
  return (outcome) =>
    outcome.kind === 'answer'
      ? outcome.response
      : kitError(outcome.errorCode, secrets, {
          ...(outcome.issues ? { issues: outcome.issues } : {}),
          ...(outcome.headers ? { headers: { ...outcome.headers } } : {}),
          ...(outcome.status ? { status: outcome.status } : {}),
        });
}

import { claimIdempotencyKey, type IdempotencyClaim, idempotencyHeader } from '../idempotency.js';
import type { ResolvedProxyOptions } from '../options.js';
import type { CallContext } from './authorizeCall.js';
import { type Answer, type Refusal, refuse } from './outcome.js';

/** The first claim of an idempotency key: `finish` it with the answer, or `release` it if nothing was sent. */
export type FirstClaim = Extract<IdempotencyClaim, { kind: 'first' }>;

/** Go ahead (holding the key's claim, if the request sent one). */
export interface Claimed {
  readonly kind: 'go';
  readonly first: FirstClaim | undefined;
}

type IdempotencyOptions = Pick<ResolvedProxyOptions, 'store' | 'idempotencyTtlMs' | 'timeoutMs'>;

/**
 * Idempotency: a mutation sent with an `Idempotency-Key` claims it. A key seen before
 * replays its stored answer; a malformed key is 400, a key reused with another input 422
 * `ESIGN_KIT_IDEMPOTENCY_MISMATCH`, one still running 409 `ESIGN_KIT_IDEMPOTENCY_IN_PROGRESS`,
 * a store too full to hold it 503 `ESIGN_KIT_BUSY` with `Retry-After`.
 */
export async function claimOnce(
  config: IdempotencyOptions,
  call: CallContext,
  tenant: string,
): Promise<Claimed | Answer | Refusal> {
  const key = call.request.headers.get(idempotencyHeader);
  if (call.operation.kind !== 'mutation' || key === null) return { kind: 'go', first: undefined };
  const claim = await claimIdempotencyKey(
    {
      store: config.store,
      ttlMs: config.idempotencyTtlMs,
      waitMs: config.timeoutMs + 1000,
      tenant,
      operationId: call.operation.id,
    },
    key,
    call.input,
  );
  switch (claim.kind) {
    case 'first':
      return { kind: 'go', first: claim };
    case 'replay':
      return { kind: 'answer', response: claim.response, errorCode: claim.errorCode, replayed: true };
    case 'busy':
      return refuse('ESIGN_KIT_BUSY', { headers: { 'retry-after': String(claim.retryAfterSeconds) } });
    case 'invalid':
      return refuse('ESIGN_KIT_INVALID_INPUT', {
        issues: [{ path: idempotencyHeader, message: 'Use 8 to 128 letters, digits, ".", ":", "_" or "-".' }],
      });
    case 'conflict':
      return refuse(
        claim.reason === 'mismatch' ? 'ESIGN_KIT_IDEMPOTENCY_MISMATCH' : 'ESIGN_KIT_IDEMPOTENCY_IN_PROGRESS',
      );
  }
}

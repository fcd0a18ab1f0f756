import type { EsignonUpstreamWire } from '@esign-kit/core/esignon/server';
import type { UpstreamSend, VendorFailure } from '../vendor/Vendor.js';
import { type EsignonErrorContext, esignonError } from './esignonErrors.js';
import type { ResolvedEsignonOptions } from './options.js';
import { readAnswer } from './readAnswer.js';
import type { EsignonSession } from './session.js';
import { encodeEsignonRequest } from './wire.js';

/** One authenticated eSignon call: its answer's `body`, or a failure in the kit's terms. */
export type EsignonCallResult = { readonly ok: true; readonly body: Readonly<Record<string, unknown>> } | VendorFailure;

/**
 * Sends one call with the session's token. When eSignon refuses the token (expired, revoked:
 * `result_code` 94 or HTTP 401, see `readAnswer`), the session logs in again, once, and the
 * call is sent once more: a refused call did nothing at eSignon, so this is safe for mutations
 * too. A second refusal is `ESIGNON_AUTH_REJECTED`.
 */
export async function callEsignon(
  options: ResolvedEsignonOptions,
  session: EsignonSession,
  send: UpstreamSend,
  call: {
    readonly wire: EsignonUpstreamWire;
    readonly context: EsignonErrorContext;
    readonly input: Readonly<Record<string, unknown>>;
    readonly body?: unknown;
    /** Safe to send again after a network error or a 5xx (nothing changes at eSignon). */
    readonly retry: boolean;
  },
): Promise<EsignonCallResult> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = await session.token(send);
    if (typeof token !== 'string') return token;
    const reply = await send(encodeEsignonRequest(options, call.wire, { input: call.input, token, body: call.body }), {
      retry: call.retry,
    });
    if (reply.ok === false) return reply;
    const answer = readAnswer(reply, call.context);
    if (answer.ok === 'body') return { ok: true, body: answer.body };
    if (answer.ok === false) return answer;
    session.refused(token);
  }
  return esignonError('ESIGNON_AUTH_REJECTED');
}

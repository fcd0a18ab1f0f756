import { isEsignonTokenRefused, readEsignonAnswer } from '@esign-kit/core/esignon/server';
import { describeErrorCode } from '@esign-kit/core/server';
import type { UpstreamReply, VendorFailure } from '../vendor/Vendor.js';
import { type EsignonErrorContext, esignonFailure } from './esignonErrors.js';

/** An eSignon answer read: its `body`, a refused token, or a failure in the kit's terms. */
export type EsignonAnswer =
  | { readonly ok: 'body'; readonly body: Readonly<Record<string, unknown>> }
  | { readonly ok: 'refused' }
  | VendorFailure;

/**
 * Reads eSignon's `{ header, body }` envelope (core's `readEsignonAnswer`). eSignon answers
 * HTTP 200 for business failures with the outcome in `header.result_code` (`"00"` = success);
 * any other code goes through core's catalogue for this call (`esignonErrorFor`).
 *
 * Our reading (undocumented): a refused token is `result_code: "94"` on the legacy POST
 * endpoints (documented for cancel only) and HTTP 401 on the v2 GET; both read as `refused`, so
 * the caller logs in again once. For the login itself they are plain failures.
 */
export function readAnswer(reply: UpstreamReply, context: EsignonErrorContext): EsignonAnswer {
  const tokenCall = context !== 'login';
  if (tokenCall && isEsignonTokenRefused({ status: reply.status })) return { ok: 'refused' };
  const outcome = readEsignonAnswer(reply.payload);
  // No header: not an eSignon answer (an error page, a gateway's JSON), whatever it holds.
  if (outcome.resultCode === undefined) return invalid(reply.status);
  if (outcome.ok) return { ok: 'body', body: outcome.body ?? {} };
  if (tokenCall && isEsignonTokenRefused({ status: reply.status, resultCode: outcome.resultCode }))
    return { ok: 'refused' };
  return esignonFailure(context, outcome.resultCode, outcome.resultMessage);
}

/** 502 `ESIGN_KIT_UPSTREAM_INVALID_RESPONSE`: not an eSignon envelope (a proxy page, an outage). */
export function invalid(status: number): VendorFailure {
  const entry = describeErrorCode('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE');
  return {
    ok: false,
    errorCode: 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE',
    message: `${entry?.en ?? 'The e-signature service gave an unreadable answer.'} (HTTP ${status})`,
    status: 502,
    texts: entry ? { ko: entry.ko, en: entry.en } : undefined,
  };
}

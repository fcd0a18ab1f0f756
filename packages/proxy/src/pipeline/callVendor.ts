import { driftHeader } from '@esign-kit/core';
import type { ResolvedProxyOptions } from '../options.js';
import { driftHeaderValue, isNewDrift, readUpstreamData } from '../readUpstreamData.js';
import { redact } from '../redact.js';
import { failureResponse, jsonResponse, kitError } from '../respond.js';
import { openTransport } from '../vendor/sendUpstream.js';
import type { Vendor, VendorAccount, VendorResult } from '../vendor/Vendor.js';
import type { CallContext } from './authorizeCall.js';

/** Who performs an admitted call, as whom, and what its answers are redacted of. */
export interface Dispatch {
  readonly vendor: Vendor;
  readonly account: VendorAccount;
  /** Every vendor's static secrets and the account's ({@link secretsOf}). */
  readonly secrets: readonly string[];
}

/**
 * Hands an admitted call to its vendor and answers the browser in the kit's envelope, whoever
 * the vendor is. The vendor sends through the proxy's transport (one deadline, retries for what
 * is safe to repeat, the size limit, the browser's signal unless the call is a mutation) and
 * answers in the kit's terms; the proxy then reads `data` the tolerant way against the
 * operation's schema and redacts every vendor's static secrets and the account's secrets from
 * the answer and from what `onError` is told. Only the envelope and the schema-checked `data`
 * come back: no upstream headers.
 */
export async function callVendor(
  config: ResolvedProxyOptions,
  call: CallContext,
  dispatch: Dispatch,
): Promise<Response> {
  const { operation, input, request } = call;
  const { vendor, account, secrets } = dispatch;
  const report = (errorCode: string, status: number, detail: string) =>
    config.onError?.({ errorCode, status, operationId: operation.id, detail: redact(detail, secrets) });
  // A mutation runs to its end (within `timeoutMs`) even when the browser leaves: the vendor may
  // act on it at any moment, and only its real answer, kept under the idempotency key, lets the
  // retry replay it instead of sending it twice. Queries and page links stop at once.
  const clientSignal = operation.kind === 'mutation' ? undefined : request.signal;
  const transport = openTransport(config, {
    operationId: operation.id,
    vendorName: vendor.name ?? vendor.id,
    clientSignal,
    report,
  });
  let result: VendorResult;
  try {
    result = await vendor.call(
      { operation, input, account, request },
      { send: transport.send, store: config.store, report },
    );
  } finally {
    transport.release();
  }
  if (!result.ok) return failureResponse(result, secrets);

  // The vendor has done what was asked: an answer that differs from the schema is drift, not
  // failure (unless `strictResponses`). Paths only go to the logs and the header, never values.
  const data = readUpstreamData(operation, result.data);
  const drift = data.drift.join(', ');
  if (drift && config.strictResponses) {
    report('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', 502, `data does not match ${operation.id} at: ${drift}`);
    return kitError('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', secrets);
  }
  if (drift && isNewDrift(config, operation.id, drift)) {
    const detail = `data of ${operation.id} differs from its schema at: ${drift}. Answered with the fields that could be read.`;
    report('ESIGN_KIT_UPSTREAM_DRIFT', 200, detail);
  }
  const body = data.value === undefined ? { ok: true } : { ok: true, data: data.value };
  return jsonResponse(body, 200, secrets, drift ? { [driftHeader]: driftHeaderValue(drift) } : {});
}

/**
 * The static secrets and the account's, as one list. Most accounts' secrets are static ones
 * already (a Prix key given as a string): then the static list itself, with no copy per request.
 */
export function secretsOf(staticSecrets: readonly string[], accountSecrets: readonly string[]): readonly string[] {
  if (accountSecrets.every((secret) => secret === '' || staticSecrets.includes(secret))) return staticSecrets;
  const added = accountSecrets.filter((secret) => secret !== '' && !staticSecrets.includes(secret));
  return [...staticSecrets, ...added];
}

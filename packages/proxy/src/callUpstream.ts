import { driftHeader } from '@esign-kit/core';
import { type AnyOperation, encodeRequest, parseEnvelope } from '@esign-kit/core/server';
import type { ResolvedProxyOptions } from './options.js';
import { readUpstreamBody } from './readUpstreamBody.js';
import { driftHeaderValue, isNewDrift, readUpstreamData } from './readUpstreamData.js';
import { redact } from './redact.js';
import { jsonResponse, kitError, vendorError } from './respond.js';
import { type Deadline, type DeadlineEnd, startDeadline } from './upstreamDeadline.js';

interface UpstreamCall {
  readonly operation: AnyOperation;
  readonly input: unknown;
  readonly apiKey: string;
  /** The browser's request signal; `undefined` for a call that runs to its end (a mutation). */
  readonly clientSignal: AbortSignal | undefined;
}

/**
 * Calls Prix for a validated request and answers the browser in Prix's envelope. Only three
 * headers go upstream (the key, accept, content type): nothing of the browser's request, no
 * cookies. Only the envelope and the schema-checked `data` come back: no upstream headers.
 *
 * Queries are tried again after a network error or a 5xx, with exponential backoff, as long as
 * the deadline (`timeoutMs` for all attempts together, each answer's body included) allows.
 * Mutations go once: a failed attempt may still have reached Prix. A body over
 * `maxUpstreamBytes` is cut off (502 `ESIGN_KIT_UPSTREAM_TOO_LARGE`); `clientSignal` aborting
 * (the browser went away, for queries and page links) ends the call with 499
 * `ESIGN_KIT_CLIENT_CLOSED_REQUEST`, for the logs: nobody reads the answer.
 */
export async function callUpstream(options: ResolvedProxyOptions, call: UpstreamCall): Promise<Response> {
  const deadline = startDeadline(options.timeoutMs, call.clientSignal);
  try {
    return await callWithin(options, call, deadline);
  } finally {
    deadline.release();
  }
}

async function callWithin(options: ResolvedProxyOptions, call: UpstreamCall, deadline: Deadline): Promise<Response> {
  const { operation, apiKey } = call;
  const secrets = [apiKey];
  const report = (errorCode: string, status: number, detail: string) =>
    options.onError?.({ errorCode, status, operationId: operation.id, detail: redact(detail, secrets) });

  const encoded = encodeRequest(operation, call.input);
  const query = encoded.search.size ? `?${encoded.search}` : '';
  const headers: Record<string, string> = { 'x-api-key': apiKey, accept: 'application/json' };
  if (encoded.body) headers['content-type'] = 'application/json';
  const retries = operation.kind === 'query' ? options.queryRetries : 0;
  const { signal } = deadline;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response | undefined;
  let payload: unknown;
  let sent = false;
  // For whoever reads onError: whether Prix may have done what a failed mutation asked.
  const acted = () => {
    if (operation.kind === 'query' || !sent) return '';
    if (response && response.status < 400) {
      return ` Prix answered HTTP ${response.status}: it carried out ${operation.id}, but its answer was lost.`;
    }
    return ` Prix may have carried out ${operation.id}: the request had been sent.`;
  };
  const endEarly = (end: DeadlineEnd) => {
    if (end === 'timeout') {
      report('ESIGN_KIT_UPSTREAM_TIMEOUT', 504, `No complete answer within ${options.timeoutMs} ms.${acted()}`);
      return kitError('ESIGN_KIT_UPSTREAM_TIMEOUT', secrets);
    }
    report('ESIGN_KIT_CLIENT_CLOSED_REQUEST', 499, `The browser went away; the call to Prix was aborted.${acted()}`);
    return kitError('ESIGN_KIT_CLIENT_CLOSED_REQUEST', secrets);
  };
  for (let attempt = 0; ; attempt++) {
    try {
      response = undefined;
      sent ||= !signal.aborted;
      response = await fetchImpl(`${options.upstream}/${encoded.path}${query}`, {
        method: encoded.method,
        headers,
        body: encoded.body ? JSON.stringify(encoded.body) : null,
        signal,
        redirect: 'error',
      });
      const body = await readUpstreamBody(response, options.maxUpstreamBytes, signal);
      if (!body.ok) {
        const limit = `${options.maxUpstreamBytes} bytes`;
        report('ESIGN_KIT_UPSTREAM_TOO_LARGE', 502, `HTTP ${response.status} answer over ${limit}.${acted()}`);
        return kitError('ESIGN_KIT_UPSTREAM_TOO_LARGE', secrets);
      }
      payload = body.payload;
      if (response.status < 500 || attempt >= retries) break;
    } catch (cause) {
      if (deadline.ended) return endEarly(deadline.ended);
      if (attempt >= retries) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        report('ESIGN_KIT_UPSTREAM_UNREACHABLE', 502, `${detail}${acted()}`);
        return kitError('ESIGN_KIT_UPSTREAM_UNREACHABLE', secrets);
      }
    }
    // `backoff` is only cut short by the deadline's signal, so `ended` is set then.
    if (!(await backoff(attempt, signal))) return endEarly(deadline.ended ?? 'timeout');
  }
  if (!response) return kitError('ESIGN_KIT_UPSTREAM_UNREACHABLE', secrets);

  const envelope = parseEnvelope(payload);
  if (!envelope) {
    report('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', 502, `Not a Prix envelope (HTTP ${response.status}).`);
    return kitError('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', secrets);
  }
  if (!envelope.ok) {
    const status = response.status >= 400 && response.status <= 599 ? response.status : 502;
    return vendorError(envelope.errorCode, envelope.message, status, secrets);
  }
  // Prix has done what was asked: an answer that differs from the schema is drift, not failure
  // (unless `strictResponses`). Paths only go to the logs and the header, never values.
  const data = readUpstreamData(operation, envelope.data);
  const drift = data.drift.join(', ');
  if (drift && options.strictResponses) {
    report('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', 502, `data does not match ${operation.id} at: ${drift}`);
    return kitError('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', secrets);
  }
  if (drift && isNewDrift(options, operation.id, drift)) {
    const detail = `data of ${operation.id} differs from its schema at: ${drift}. Answered with the fields that could be read.`;
    report('ESIGN_KIT_UPSTREAM_DRIFT', 200, detail);
  }
  const body = data.value === undefined ? { ok: true } : { ok: true, data: data.value };
  return jsonResponse(body, 200, secrets, drift ? { [driftHeader]: driftHeaderValue(drift) } : {});
}

/** Waits 100 ms, 200 ms, 400 ms… (with jitter) before the next attempt; `false` if aborted meanwhile. */
function backoff(attempt: number, signal: AbortSignal): Promise<boolean> {
  const delay = 100 * 2 ** attempt * (0.75 + Math.random() / 2);
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, delay);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

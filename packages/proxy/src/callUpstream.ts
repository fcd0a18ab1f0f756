import { type AnyOperation, encodeRequest, parseEnvelope, validateData } from '@esign-kit/core';
import type { ResolvedProxyOptions } from './options.js';
import { redact } from './redact.js';
import { jsonResponse, kitError, vendorError } from './respond.js';
import { type Deadline, startDeadline } from './upstreamDeadline.js';

interface UpstreamCall {
  readonly operation: AnyOperation;
  readonly input: unknown;
  readonly apiKey: string;
  readonly clientSignal: AbortSignal;
}

/**
 * Calls Prix for a validated request and answers the browser in Prix's envelope. Only three
 * headers go upstream (the key, accept, content type): nothing of the browser's request, no
 * cookies. Only the envelope and the schema-checked `data` come back: no upstream headers.
 *
 * Queries are tried again after a network error or a 5xx, with exponential backoff, as long as
 * the deadline (`timeoutMs` for all attempts together) allows. Mutations go once: a failed
 * attempt may still have reached Prix.
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
  let response: Response | undefined;
  let payload: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      const fetchImpl = options.fetch ?? globalThis.fetch;
      response = await fetchImpl(`${options.upstream}/${encoded.path}${query}`, {
        method: encoded.method,
        headers,
        body: encoded.body ? JSON.stringify(encoded.body) : null,
        signal,
        redirect: 'error',
      });
      payload = await response.json().catch(() => undefined);
      if (response.status < 500 || attempt >= retries) break;
    } catch (cause) {
      if (deadline.timedOut) {
        report('ESIGN_KIT_UPSTREAM_TIMEOUT', 504, `No answer within ${options.timeoutMs} ms.`);
        return kitError('ESIGN_KIT_UPSTREAM_TIMEOUT', secrets);
      }
      if (call.clientSignal.aborted || attempt >= retries) {
        report('ESIGN_KIT_UPSTREAM_UNREACHABLE', 502, cause instanceof Error ? cause.message : String(cause));
        return kitError('ESIGN_KIT_UPSTREAM_UNREACHABLE', secrets);
      }
    }
    if (!(await backoff(attempt, signal))) {
      if (deadline.timedOut) {
        report('ESIGN_KIT_UPSTREAM_TIMEOUT', 504, `No answer within ${options.timeoutMs} ms.`);
        return kitError('ESIGN_KIT_UPSTREAM_TIMEOUT', secrets);
      }
      return kitError('ESIGN_KIT_UPSTREAM_UNREACHABLE', secrets);
    }
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
  const data = validateData(operation, envelope.data);
  if (!data.ok) {
    const where = data.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    report('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', 502, `data does not match ${operation.id}: ${where}`);
    return kitError('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', secrets);
  }
  return jsonResponse(data.value === undefined ? { ok: true } : { ok: true, data: data.value }, 200, secrets);
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

import { readUpstreamBody } from '../readUpstreamBody.js';
import { type Deadline, type DeadlineEnd, startDeadline } from '../upstreamDeadline.js';
import { kitFailure } from './kitFailure.js';
import type { UpstreamReply, UpstreamRequest, UpstreamSend, UpstreamSendOptions, VendorFailure } from './Vendor.js';

/** The proxy's options the transport follows. */
export interface TransportSettings {
  readonly timeoutMs: number;
  readonly maxUpstreamBytes: number;
  /** Extra attempts for a request sent with `retry`. */
  readonly queryRetries: number;
  readonly fetch: typeof fetch | undefined;
}

/** The call a transport serves: what its reports name, and the browser's signal. */
export interface TransportCall {
  readonly operationId: string;
  /** The vendor as `onError` names it (`Prix`). */
  readonly vendorName: string;
  /** The browser's request signal; `undefined` for a call that runs to its end (a mutation). */
  readonly clientSignal: AbortSignal | undefined;
  /** Tells `onError`; the caller redacts. */
  readonly report: (errorCode: string, status: number, detail: string) => void;
}

/** The transport of one call: `send` for the vendor, `release` once the call is answered. */
export interface UpstreamTransport {
  readonly send: UpstreamSend;
  /** Clears the deadline's timer and the browser listener. */
  release(): void;
}

/**
 * Opens the transport of one admitted call (see {@link UpstreamSend}): one deadline for every
 * request the vendor sends for it, started now and ended by `timeoutMs` or, unless the call is
 * a mutation, by the browser going away. A request sent with `shared` gets a deadline of its own.
 *
 * Nothing of the browser's request goes upstream: the vendor builds every header. Nothing of the
 * upstream answer but its status and parsed body comes back: no upstream headers.
 *
 * @example
 * ```ts
 * const transport = openTransport(config, { operationId, vendorName: 'Prix', clientSignal, report })
 * try {
 *   return await vendor.call(call, { send: transport.send, store, report })
 * } finally {
 *   transport.release()
 * }
 * ```
 */
export function openTransport(settings: TransportSettings, call: TransportCall): UpstreamTransport {
  const deadline = startDeadline(settings.timeoutMs, call.clientSignal);
  return {
    send: (request, options) =>
      options.shared
        ? sendShared(settings, call, request, options)
        : sendWithin(settings, call, deadline, request, options),
    release: () => deadline.release(),
  };
}

async function sendShared(
  settings: TransportSettings,
  call: TransportCall,
  request: UpstreamRequest,
  options: UpstreamSendOptions,
): Promise<UpstreamReply | VendorFailure> {
  const deadline = startDeadline(settings.timeoutMs);
  try {
    return await sendWithin(settings, call, deadline, request, options);
  } finally {
    deadline.release();
  }
}

/**
 * Sends one request within `deadline`. With `retry` it is tried again after a network error or
 * a 5xx, with exponential backoff, as long as the deadline allows; without, it goes once: a
 * failed attempt may still have reached the vendor. A body over `maxUpstreamBytes` is cut off
 * (502 `ESIGN_KIT_UPSTREAM_TOO_LARGE`); the deadline's signal aborting ends the request with
 * 504 `ESIGN_KIT_UPSTREAM_TIMEOUT`, or 499 `ESIGN_KIT_CLIENT_CLOSED_REQUEST` (for the logs:
 * nobody reads the answer).
 */
async function sendWithin(
  settings: TransportSettings,
  call: TransportCall,
  deadline: Deadline,
  request: UpstreamRequest,
  options: UpstreamSendOptions,
): Promise<UpstreamReply | VendorFailure> {
  const { report, vendorName } = call;
  const retries = options.retry ? settings.queryRetries : 0;
  const { signal } = deadline;
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  const init: RequestInit = {
    method: request.method,
    headers: request.headers,
    body: request.body ?? null,
    signal,
    redirect: 'error',
  };
  let response: Response | undefined;
  let sent = false;
  // For whoever reads onError: whether the vendor may have done what a failed request asked.
  const acted = () => {
    if (options.retry || !sent) return '';
    if (response && response.status < 400) {
      return ` ${vendorName} answered HTTP ${response.status}: it carried out ${call.operationId}, but its answer was lost.`;
    }
    return ` ${vendorName} may have carried out ${call.operationId}: the request had been sent.`;
  };
  const endEarly = (end: DeadlineEnd) => {
    if (end === 'timeout') {
      report('ESIGN_KIT_UPSTREAM_TIMEOUT', 504, `No complete answer within ${settings.timeoutMs} ms.${acted()}`);
      return kitFailure('ESIGN_KIT_UPSTREAM_TIMEOUT');
    }
    report(
      'ESIGN_KIT_CLIENT_CLOSED_REQUEST',
      499,
      `The browser went away; the call to ${vendorName} was aborted.${acted()}`,
    );
    return kitFailure('ESIGN_KIT_CLIENT_CLOSED_REQUEST');
  };
  for (let attempt = 0; ; attempt++) {
    try {
      response = undefined;
      sent ||= !signal.aborted;
      response = await fetchImpl(request.url, init);
      const body = await readUpstreamBody(response, settings.maxUpstreamBytes, signal);
      if (!body.ok) {
        const limit = `${settings.maxUpstreamBytes} bytes`;
        report('ESIGN_KIT_UPSTREAM_TOO_LARGE', 502, `HTTP ${response.status} answer over ${limit}.${acted()}`);
        return kitFailure('ESIGN_KIT_UPSTREAM_TOO_LARGE');
      }
      if (response.status < 500 || attempt >= retries)
        return { ok: 'reply', status: response.status, payload: body.payload };
    } catch (cause) {
      if (deadline.ended) return endEarly(deadline.ended);
      if (attempt >= retries) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        report('ESIGN_KIT_UPSTREAM_UNREACHABLE', 502, `${detail}${acted()}`);
        return kitFailure('ESIGN_KIT_UPSTREAM_UNREACHABLE');
      }
    }
    // `backoff` is only cut short by the deadline's signal, so `ended` is set then.
    if (!(await backoff(attempt, signal))) return endEarly(deadline.ended ?? 'timeout');
  }
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

import { callUpstream } from '../callUpstream.js';
import type { ResolvedProxyOptions } from '../options.js';
import type { CallContext } from './authorizeCall.js';
import { checkLimits } from './checkLimits.js';
import { claimOnce } from './claimOnce.js';
import { answered, type Outcome } from './outcome.js';
import type { ResolvedKey } from './resolveKey.js';

/**
 * Idempotency + limits, then upstream: claims the idempotency key (or replays
 * its answer), counts the rate limit, calls Prix with the key, and keeps the answer under the
 * idempotency key. A claimed key is released whenever nothing was sent (a limit, a throw), so
 * the same action may be tried again.
 */
export async function callOnce(config: ResolvedProxyOptions, call: CallContext, key: ResolvedKey): Promise<Outcome> {
  const claimed = await claimOnce(config, call, key.tenant);
  if (claimed.kind !== 'go') return claimed;
  const { first } = claimed;
  try {
    const limited = await checkLimits(config, call, key.tenant);
    if (limited) {
      await first?.release();
      return limited;
    }
    // A mutation runs to its end (within `timeoutMs`) even when the browser leaves: Prix may act
    // on it at any moment, and only its real answer, kept under the idempotency key, lets the
    // retry replay it instead of sending it twice. Queries and page links stop at once.
    const { operation, input, request } = call;
    const clientSignal = operation.kind === 'mutation' ? undefined : request.signal;
    const upstream = answered(await callUpstream(config, { operation, input, apiKey: key.apiKey, clientSignal }));
    return first ? { ...upstream, response: await first.finish(upstream.response, upstream.errorCode) } : upstream;
  } catch (cause) {
    await first?.release().catch(() => undefined);
    throw cause;
  }
}

import type { ResolvedProxyOptions } from '../options.js';
import type { CallContext } from './authorizeCall.js';
import { callVendor, type Dispatch } from './callVendor.js';
import { checkLimits } from './checkLimits.js';
import { claimOnce } from './claimOnce.js';
import { answered, type Outcome } from './outcome.js';

/**
 * Idempotency + limits, then the vendor: claims the idempotency key (or replays its answer),
 * counts the rate limit, calls the vendor as the request's account, and keeps the answer under
 * the idempotency key. Both are keyed by the account's `tenant`. A claimed key is released
 * whenever nothing was sent (a limit, a throw), so the same action may be tried again.
 */
export async function callOnce(config: ResolvedProxyOptions, call: CallContext, dispatch: Dispatch): Promise<Outcome> {
  const { tenant } = dispatch.account;
  const claimed = await claimOnce(config, call, tenant);
  if (claimed.kind !== 'go') return claimed;
  const { first } = claimed;
  try {
    const limited = await checkLimits(config, call, tenant);
    if (limited) {
      await first?.release();
      return limited;
    }
    const upstream = answered(await callVendor(config, call, dispatch));
    return first ? { ...upstream, response: await first.finish(upstream.response, upstream.errorCode) } : upstream;
  } catch (cause) {
    await first?.release().catch(() => undefined);
    throw cause;
  }
}

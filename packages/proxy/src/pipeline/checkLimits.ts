import type { ResolvedProxyOptions } from '../options.js';
import { checkRateLimit } from '../rateLimit.js';
import type { CallContext } from './authorizeCall.js';
import { type Refusal, refuse } from './outcome.js';

/**
 * Limits: the operation's rate limit, counted per business (429
 * `ESIGN_KIT_RATE_LIMITED`; 503 `ESIGN_KIT_BUSY` when the store is too full to count), with
 * `Retry-After` either way.
 */
export async function checkLimits(
  config: Pick<ResolvedProxyOptions, 'store' | 'rateLimits'>,
  call: CallContext,
  tenant: string,
): Promise<Refusal | undefined> {
  const { operation, input } = call;
  const limit = await checkRateLimit(config.store, config.rateLimits.get(operation.id), { tenant, operation, input });
  if (limit.ok) return undefined;
  const code = limit.reason === 'busy' ? 'ESIGN_KIT_BUSY' : 'ESIGN_KIT_RATE_LIMITED';
  return refuse(code, { headers: { 'retry-after': String(limit.retryAfterSeconds) } });
}

import type { OriginPolicy } from '../originPolicy.js';
import type { CallContext } from './authorizeCall.js';
import type { Refusal } from './outcome.js';

/**
 * Redirect policy: every `successUrl` / `redirectUrl` of the input must point to a
 * trusted origin (400 otherwise; no open redirect).
 */
export function checkRedirectOrigins(origins: OriginPolicy, call: CallContext): Promise<Refusal | undefined> {
  return origins.checkRedirects(call.request, call.url, call.input, call.operation.id);
}

import type { OriginPolicy } from '../originPolicy.js';
import type { CallContext } from './authorizeCall.js';
import { type Refusal, refuse } from './outcome.js';

/**
 * Redirect policy: every `successUrl` / `redirectUrl` of the input must point to a
 * trusted origin (400 otherwise; no open redirect).
 */
export async function checkRedirectOrigins(origins: OriginPolicy, call: CallContext): Promise<Refusal | undefined> {
  const offOrigin = await origins.checkRedirects(call.request, call.url, call.input, call.operation.id);
  return offOrigin && refuse(offOrigin.errorCode, { issues: offOrigin.issues });
}

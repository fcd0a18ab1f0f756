import type { AnyOperation } from '@esign-kit/core/server';
import type { ResolvedProxyOptions } from '../options.js';
import type { OriginPolicy } from '../originPolicy.js';
import { type Refusal, refuse } from './outcome.js';

/**
 * Admit (before the body is read or validated, so a caller who is not signed in learns
 * no field names): `authenticate` if given (403), then, for a state-changing method, the
 * same-site check (403 `ESIGN_KIT_CROSS_SITE`, 500 when no origin is configured).
 */
export async function admit(
  authenticate: ResolvedProxyOptions['authenticate'],
  origins: OriginPolicy,
  request: Request,
  url: URL,
  operation: AnyOperation,
): Promise<Refusal | undefined> {
  if (authenticate && !(await authenticate(request))) return refuse('ESIGN_KIT_FORBIDDEN');
  if (operation.method === 'GET') return undefined;
  return origins.checkWrite(request, url, operation.id);
}

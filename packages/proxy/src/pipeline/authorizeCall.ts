import type { AnyOperation } from '@esign-kit/core/server';
import type { ResolvedProxyOptions } from '../options.js';
import type { UpstreamPathGuard } from '../serverOnlyRoutes.js';
import { type Refusal, refuse, refuseInput } from './outcome.js';

/** What the checks after validation are told: the request, its operation and its final input. */
export interface CallContext {
  readonly request: Request;
  readonly url: URL;
  readonly operation: AnyOperation;
  readonly input: unknown;
}

/**
 * Authorize: a parameter must not move the call to another upstream route (403 for a
 * server-only one, 400 for a rewritten path), then `authorize` and the operation's own check
 * must both say yes: `false` is 403, `'not-found'` is 404 `ESIGN_KIT_NOT_FOUND`.
 */
export async function authorizeCall(
  config: Pick<ResolvedProxyOptions, 'authorize' | 'checks'>,
  guardUpstreamPath: UpstreamPathGuard,
  call: CallContext,
): Promise<Refusal | undefined> {
  const { request, operation, input } = call;
  const pathRefusal = guardUpstreamPath(operation, input);
  if (pathRefusal === 'server-only') return refuse('ESIGN_KIT_SERVER_ONLY_OPERATION');
  if (pathRefusal) return refuseInput('A path parameter would change the upstream path.');
  const context = { request, operation, input };
  const check = config.checks.get(operation.id);
  const answer = await config.authorize(context);
  return refusalOf(answer === true && check ? await check(context) : answer);
}

/** `true` goes on; `'not-found'` is 404 (missing or out of reach, alike); anything else is 403. */
function refusalOf(answer: unknown): Refusal | undefined {
  if (answer === true) return undefined;
  return refuse(answer === 'not-found' ? 'ESIGN_KIT_NOT_FOUND' : 'ESIGN_KIT_FORBIDDEN');
}

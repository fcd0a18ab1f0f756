import type { AnyOperation, RouteMatcher } from '@esign-kit/core/server';
import { serveReturnPage } from '../returnPage.js';
import { type Answer, answered, type Refusal, refuse } from './outcome.js';

/** The operation a request is for, with its decoded path parameters. */
export interface Routed {
  readonly kind: 'operation';
  readonly operation: AnyOperation;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Route: the path under `prefix` (`<basePath>/`) to a registered operation. The return
 * page is served here; anything else is 404 `ESIGN_KIT_UNKNOWN_OPERATION`, or 405 with `Allow`
 * for a known path and another method.
 */
export function route(matchRoute: RouteMatcher, prefix: string, request: Request, url: URL): Routed | Answer | Refusal {
  if (!url.pathname.startsWith(prefix)) return refuse('ESIGN_KIT_UNKNOWN_OPERATION');
  const subPath = url.pathname.slice(prefix.length);
  const returnPage = serveReturnPage(request, subPath);
  if (returnPage) return answered(returnPage);
  const match = matchRoute(request.method, subPath);
  if (match.kind === 'not-found') return refuse('ESIGN_KIT_UNKNOWN_OPERATION');
  if (match.kind === 'method-not-allowed') {
    return refuse('ESIGN_KIT_METHOD_NOT_ALLOWED', { headers: { allow: match.allowed.join(', ') } });
  }
  return { kind: 'operation', operation: match.operation, params: match.params };
}

import type { AnyRoute } from '../operation.js';
import type { CachedQueryLike } from '../query/queryKeys.js';
import { esignKeyRoot } from '../query/queryKeys.js';

/**
 * Whether a cached query may be stale after the page of `operation` settled: its route names the
 * operations whose queries the page can change (`page.invalidates`); a page that says nothing
 * (a custom operation defined without `page`) may have changed anything. The page's own report
 * is only a hint; refetching lets the server say what happened.
 */
export function isStaleAfterPage(operation: Pick<AnyRoute, 'page'>, query: CachedQueryLike): boolean {
  if (query.queryKey[0] !== esignKeyRoot) return false;
  return operation.page?.invalidates.includes(String(query.queryKey[1])) ?? true;
}

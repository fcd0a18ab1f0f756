import type { CachedQueryLike } from '../query/queryKeys.js';
import { esignKeyRoot } from '../query/queryKeys.js';

/** What a hosted page can change, by page operation: the queries to refetch when it settles. */
const contractFamily = [
  'contracts.find',
  'contracts.get',
  'contracts.list',
  'contracts.concludedFiles',
  'signatures.list',
  'signatures.usage',
  'credits.status',
  'credits.usages',
  'templates.get',
  'templates.list',
];
const templateFamily = ['templates.list', 'templates.get'];

const stale: Readonly<Record<string, readonly string[]>> = {
  'templates.formUrl': templateFamily,
};

/**
 * Whether a cached query may be stale after the page of `operationId` settled. The page's own
 * report is only a hint; refetching lets the server say what happened.
 */
export function isStaleAfterPage(operationId: string, query: CachedQueryLike): boolean {
  if (query.queryKey[0] !== esignKeyRoot) return false;
  const ids = stale[operationId] ?? contractFamily;
  return ids.includes(String(query.queryKey[1]));
}

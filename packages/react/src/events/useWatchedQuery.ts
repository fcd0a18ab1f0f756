'use client';
import { useEffect } from 'react';
import { useEventHub } from './EsignEventsProvider.js';

/**
 * The `live` option's work, put in `LiveQueryContext` by the provider: registers the query (its
 * key, and the subjects its key and data show) with the provider's hub while `live` is set.
 */
export function useWatchedQuery(live: boolean | undefined, queryKey: readonly unknown[], data: unknown): void {
  const hub = useEventHub('live');
  // Keys are JSON (TanStack hashes them the same way): the text keeps the effect from re-running
  // on each render's new array.
  const key = JSON.stringify(queryKey);
  useEffect(() => (live ? hub.watch(JSON.parse(key), data) : undefined), [hub, live, key, data]);
}

'use client';
import { createContext, useContext } from 'react';

// @module The one piece of live updates the main entry carries: a context that stays empty until
// `<EsignEventsProvider>` (from `@esign-kit/react/events`) puts its watching hook in it, so an app
// that never mounts the provider bundles none of the stream machinery.

/** Keeps one query fresh from the event stream while `live` is set (see `useWatchedQuery`). */
export type UseLiveQuery = (live: boolean | undefined, queryKey: readonly unknown[], data: unknown) => void;

/**
 * Holds `useWatchedQuery` below `<EsignEventsProvider>`, `null` elsewhere. The value is a
 * module-level hook that never changes while a component is mounted (adding or removing the
 * provider above it remounts it), so the hooks it calls keep their order.
 */
export const LiveQueryContext = createContext<UseLiveQuery | null>(null);

/** The `live` option a read hook accepts. */
export interface LiveOption {
  /**
   * Refetch this query when the event stream says its contract, e-signature or workflow changed
   * (signed elsewhere, a reminder sent, …). Takes effect only below `<EsignEventsProvider>` from
   * `@esign-kit/react/events`; without it the query behaves as if `live` were not set.
   * @default false
   */
  live?: boolean | undefined;
}

/** Watches the query while `live` is set and an events provider is mounted; nothing otherwise. */
export function useLiveQuery(live: boolean | undefined, queryKey: readonly unknown[], data: unknown): void {
  useContext(LiveQueryContext)?.(live, queryKey, data);
}

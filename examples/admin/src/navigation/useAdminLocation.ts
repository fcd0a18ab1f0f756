import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { type AdminLocation, formatAdminLocation, parseAdminLocation } from './adminLocation.js';

/**
 * How a change enters the history: `push` adds an entry (screens, opening a contract: Back undoes
 * it), `replace` rewrites the current one (filters and pages: typing in the title filter does not
 * leave one entry per letter).
 */
export type HistoryMode = 'push' | 'replace';

/** What the admin keeps in `history.state` for its own entries. */
interface AdminHistoryState {
  readonly admin: true;
  /** Whether the entry before this one is the contract list this entry's contract was opened from. */
  readonly listBehind: boolean;
}

// `pushState` fires no event of its own: the hook listens for this one, and for `popstate`.
const changeEvent = 'esign-admin:location';

/** Calls `onChange` whenever the admin's URL changes: Back and Forward, or the admin's own moves. */
export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

/** Tells the admin's location readers that `pushState` or `replaceState` moved the URL. */
export function announceLocationChange(): void {
  window.dispatchEvent(new Event(changeEvent));
}

const currentSearch = () => window.location.search;
// The admin renders on the client only; without a window it is at its default location.
const serverSearch = () => '';

/** Whether Back, from here, returns to the list the shown contract was opened from. */
export function listIsBehind(): boolean {
  const state = window.history.state as Partial<AdminHistoryState> | null;
  return state?.admin === true && state.listBehind === true;
}

/**
 * The admin's location, read from the URL (re-read on Back and Forward), and a function that
 * moves to another one.
 */
export function useAdminLocation(): readonly [AdminLocation, (next: AdminLocation, mode: HistoryMode) => void] {
  const search = useSyncExternalStore(subscribeToLocation, currentSearch, serverSearch);
  const location = useMemo(() => parseAdminLocation(search), [search]);
  const navigate = useCallback((next: AdminLocation, mode: HistoryMode) => {
    const nextSearch = formatAdminLocation(next);
    const current = parseAdminLocation(window.location.search);
    if (nextSearch === formatAdminLocation(current)) return;
    const url = `${window.location.pathname}${nextSearch}${window.location.hash}`;
    if (mode === 'push') {
      const state: AdminHistoryState = {
        admin: true,
        listBehind: current.screen === 'contracts' && current.contract === null && next.contract !== null,
      };
      window.history.pushState(state, '', url);
    } else {
      window.history.replaceState(window.history.state, '', url);
    }
    announceLocationChange();
  }, []);
  return [location, navigate] as const;
}

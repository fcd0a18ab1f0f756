import { useCallback, useSyncExternalStore } from 'react';
import { announceLocationChange, subscribeToLocation } from '../navigation/useAdminLocation.js';

const current = () => new URLSearchParams(window.location.search).get('workflow');
const onServer = () => null;

/**
 * The eSignon workflow shown, kept in the URL (`?screen=esignon&workflow=…`) beside the admin's
 * own location, so a reload keeps it and Back returns to the previous one.
 */
export function useWorkflowParam(): readonly [string | null, (workflowId: string) => void] {
  const workflowId = useSyncExternalStore(subscribeToLocation, current, onServer);
  const show = useCallback((next: string) => {
    if (next === current()) return;
    const params = new URLSearchParams({ screen: 'esignon', workflow: next });
    window.history.pushState({ admin: true, listBehind: false }, '', `${window.location.pathname}?${params}`);
    announceLocationChange();
  }, []);
  return [workflowId, show] as const;
}

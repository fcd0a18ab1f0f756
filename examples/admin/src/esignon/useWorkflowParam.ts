import { useCallback, useSyncExternalStore } from 'react';

// The admin's own location event (see navigation/useAdminLocation.ts): the shell re-reads the URL on it.
const changeEvent = 'esign-admin:location';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

const current = () => new URLSearchParams(window.location.search).get('workflow');
const onServer = () => null;

/**
 * The eSignon workflow shown, kept in the URL (`?screen=esignon&workflow=…`) beside the admin's
 * own location, so a reload keeps it and Back returns to the previous one.
 */
export function useWorkflowParam(): readonly [string | null, (workflowId: string) => void] {
  const workflowId = useSyncExternalStore(subscribe, current, onServer);
  const show = useCallback((next: string) => {
    if (next === current()) return;
    const params = new URLSearchParams({ screen: 'esignon', workflow: next });
    window.history.pushState({ admin: true, listBehind: false }, '', `${window.location.pathname}?${params}`);
    window.dispatchEvent(new Event(changeEvent));
  }, []);
  return [workflowId, show] as const;
}

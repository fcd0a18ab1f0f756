'use client';
import { useSyncExternalStore } from 'react';
import { useEventHub } from './EsignEventsProvider.js';
import type { EventStreamMode } from './eventStream.js';

const serverMode = (): EventStreamMode => 'idle';

/**
 * How the provider learns of changes right now: `'streaming'` (live), `'connecting'`,
 * `'polling'` (the stream cannot pass; watched queries are refetched every few seconds) or
 * `'idle'` (nothing watched). `'idle'` on the server and while hydrating.
 *
 * @example
 * ```tsx
 * const mode = useSigningEventsMode()
 * return <span data-live={mode}>{mode === 'streaming' ? '실시간' : '주기적 확인'}</span>
 * ```
 */
export function useSigningEventsMode(): EventStreamMode {
  const hub = useEventHub('useSigningEventsMode');
  return useSyncExternalStore(hub.subscribeMode, () => hub.mode, serverMode);
}

'use client';
import {
  type AnyOperationRoute,
  createPageLauncher,
  type LauncherError,
  type LauncherSnapshot,
  type LaunchMode,
  type OperationInput,
  type PageLauncher,
  type TabFallback,
} from '@esign-kit/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useEsignKitContext } from '../EsignKitContext.js';
import { useLatest } from './useLatest.js';

export interface PageLauncherCallbacks {
  /** The page reported completion (through the return page). Queries are being refetched. */
  onComplete?: () => void;
  /** The user closed the page (modal or tab) before completing. Queries are being refetched. */
  onClose?: () => void;
  /** The launch failed: popup blocked, frame refused, URL refused, or the proxy said no. */
  onError?: (error: LauncherError) => void;
  /**
   * A modal's page moved to a new tab (the user chose "open in a new tab", or the frame did not
   * load). It was not closed: `onComplete` or `onClose` still follows from the tab.
   */
  onMoveToTab?: (reason: TabFallback) => void;
}

export interface UsePageLauncherOptions extends PageLauncherCallbacks {
  /** @default 'tab' — Prix documents its pages for new tabs; `modal` frames them in a dialog. */
  mode?: LaunchMode;
  /** How long a framed page has to load before falling back to a tab (kept inside the click's ~5 s user activation). @default 4000 */
  frameTimeoutMs?: number;
}

export interface UsePageLauncherResult {
  readonly snapshot: LauncherSnapshot;
  /** Call from the click handler itself (the new tab must open inside the click). */
  readonly open: () => void;
  readonly openInTab: () => void;
  readonly close: () => void;
  readonly launcher: PageLauncher;
}

/**
 * Opens a Prix hosted page (any page-URL operation) in a new tab or a modal, and refetches the
 * affected esign-kit queries when it settles: the server, not the page's message, says what
 * happened. One launcher per component (a fresh one when the operation or the page settings
 * change); StrictMode-safe; input, mode and callbacks are always the latest.
 *
 * @example
 * ```tsx
 * const page = usePageLauncher(contractDetailUrl, { contractUuid }, { onClose: () => toast('닫힘') })
 * <button onClick={page.open} aria-disabled={page.snapshot.status === 'minting'}>상세 보기</button>
 * ```
 */
export function usePageLauncher<TOperation extends AnyOperationRoute>(
  operation: TOperation,
  input: OperationInput<TOperation>,
  options: UsePageLauncherOptions = {},
): UsePageLauncherResult {
  // `reportPage`, below `<EsignEventsProvider>`: tells the other screens when the page completes.
  const { client, pages, reportPage } = useEsignKitContext('usePageLauncher');
  const queryClient = useQueryClient();
  const latest = useLatest({ input, options, queryClient });

  // One launcher per operation and settings: when they change, the next render makes a fresh one
  // (and the effect below destroys the old one). Input, mode and callbacks are read when used.
  // As a string, so that equal settings in new arrays make no new launcher.
  const key = JSON.stringify([operation.id, pages, options.frameTimeoutMs]);
  const make = () => ({
    client,
    key,
    launcher: createPageLauncher({
      client,
      operation,
      ...pages, // allowedOrigins, handshakeOrigins, returnUrl
      input: () => latest.current.input,
      mode: () => latest.current.options.mode ?? 'tab',
      frameTimeoutMs: options.frameTimeoutMs,
      // The server, not the page's message, says what happened: refetch what the page may change.
      invalidate: (isStale) => void latest.current.queryClient.invalidateQueries({ predicate: isStale }),
    }),
  });
  const [current, setCurrent] = useState(make);
  let { launcher } = current;
  if (current.client !== client || current.key !== key) {
    // Creating a launcher touches nothing (no window, no listener), so it may happen in render.
    const next = make();
    setCurrent(next);
    launcher = next.launcher;
  }

  useEffect(() => () => launcher.destroy(), [launcher]);
  useEffect(
    () =>
      launcher.on((event) => {
        const callbacks = latest.current.options;
        if (event.type === 'completed') {
          reportPage?.(operation, latest.current.input);
          callbacks.onComplete?.();
        } else if (event.type === 'closed') callbacks.onClose?.();
        else if (event.type === 'moved-to-tab') callbacks.onMoveToTab?.(event.reason);
        else if (event.type === 'error') callbacks.onError?.(event.error);
      }),
    [launcher, latest, reportPage, operation],
  );

  // On the server (and when hydrating) the launcher is new, so its snapshot is `idle` there too.
  const snapshot = useSyncExternalStore(launcher.subscribe, launcher.getSnapshot, launcher.getSnapshot);
  return { snapshot, open: launcher.open, openInTab: launcher.openInTab, close: launcher.close, launcher };
}

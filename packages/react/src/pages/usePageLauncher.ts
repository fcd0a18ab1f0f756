'use client';
import {
  type AnyOperation,
  createPageLauncher,
  isStaleAfterPage,
  type LauncherError,
  type LauncherSnapshot,
  type LaunchMode,
  type OperationInput,
  type PageLauncher,
} from '@esign-kit/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useEsignClient, usePageSettings } from '../EsignKitContext.js';
import { useLatest } from './useLatest.js';

export interface PageLauncherCallbacks {
  /** The page reported completion (through the return page). Queries are being refetched. */
  onComplete?: () => void;
  /** The user closed the page (modal or tab) before completing. Queries are being refetched. */
  onClose?: () => void;
  /** The launch failed: popup blocked, frame refused, URL refused, or the proxy said no. */
  onError?: (error: LauncherError) => void;
}

export interface UsePageLauncherOptions extends PageLauncherCallbacks {
  /** @default 'tab' — Prix documents its pages for new tabs; `modal` frames them in a dialog. */
  mode?: LaunchMode;
  /** How long a framed page has to load before falling back to a tab. @default 8000 */
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

const serverSnapshot: LauncherSnapshot = { status: 'idle' };

/**
 * Opens a Prix hosted page (any page-URL operation) in a new tab or a modal, and refetches the
 * affected esign-kit queries when it settles: the server, not the page's message, says what
 * happened. One launcher per component; StrictMode-safe; callbacks are always the latest.
 *
 * @example
 * ```tsx
 * const page = usePageLauncher(contractDetailUrl, { contractUuid }, { onClose: () => toast('닫힘') })
 * <button onClick={page.open} disabled={page.snapshot.status === 'minting'}>상세 보기</button>
 * ```
 */
export function usePageLauncher<TOperation extends AnyOperation>(
  operation: TOperation,
  input: OperationInput<TOperation>,
  options: UsePageLauncherOptions = {},
): UsePageLauncherResult {
  const client = useEsignClient('usePageLauncher');
  const pages = usePageSettings('usePageLauncher');
  const queryClient = useQueryClient();
  const latest = useLatest({ input, options });

  const [launcher] = useState(() =>
    createPageLauncher({
      client,
      operation,
      input: () => latest.current.input,
      mode: () => latest.current.options.mode ?? 'tab',
      allowedOrigins: pages.allowedOrigins,
      handshakeOrigins: pages.handshakeOrigins,
      returnUrl: pages.returnUrl,
      frameTimeoutMs: options.frameTimeoutMs,
    }),
  );

  useEffect(() => {
    const stop = launcher.on((event) => {
      const callbacks = latest.current.options;
      if (event.type === 'completed' || event.type === 'closed') {
        void queryClient.invalidateQueries({ predicate: (query) => isStaleAfterPage(operation.id, query) });
        if (event.type === 'completed') callbacks.onComplete?.();
        else callbacks.onClose?.();
      } else if (event.type === 'error') {
        callbacks.onError?.(event.error);
      }
    });
    return () => {
      stop();
      launcher.destroy();
    };
  }, [launcher, queryClient, operation.id, latest]);

  const snapshot = useSyncExternalStore(launcher.subscribe, launcher.getSnapshot, () => serverSnapshot);
  return { snapshot, open: launcher.open, openInTab: launcher.openInTab, close: launcher.close, launcher };
}

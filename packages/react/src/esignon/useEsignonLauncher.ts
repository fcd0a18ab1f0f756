'use client';
import {
  type AnyOperationRoute,
  createPageLauncher,
  type LauncherError,
  type LauncherSnapshot,
  type LaunchMode,
  type OperationInput,
  type PageLauncher,
} from '@esign-kit/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useEsignClient, usePageSettings } from '../EsignKitContext.js';
import { useLatest } from '../pages/useLatest.js';
import { esignonAllowedOrigins, openerCallbackClient } from './esignonPages.js';

/** How the eSignon buttons launch their page, and what they hear back. */
export interface EsignonLauncherOptions {
  /** @default 'tab' */
  mode?: LaunchMode;
  /**
   * Keep the tab's `opener` (and add `callback_fn=true` to the URL) so eSignon's page can post
   * to it; such messages arrive in `onPageMessage`. The sign button only.
   */
  keepOpener?: boolean;
  /** The page posted a message from its exact origin and window: a hint, any shape. */
  onPageMessage?: (data: unknown) => void;
  /** The page settled: closed by the user (or by the button), or completed. */
  onSettle?: () => void;
  onError?: (error: LauncherError) => void;
}

const serverSnapshot: LauncherSnapshot = { status: 'idle' };

/**
 * One launcher for an eSignon page-URL operation: the shared launcher (minted just in time,
 * origin allowlist, tab or modal) with eSignon's page origins allowed by default and, for the
 * sign button, the opener kept. One per component; input and callbacks are always the latest.
 */
export function useEsignonLauncher<TOperation extends AnyOperationRoute>(
  hookName: string,
  operation: TOperation,
  input: OperationInput<TOperation>,
  options: EsignonLauncherOptions,
): { readonly snapshot: LauncherSnapshot; readonly launcher: PageLauncher } {
  const client = useEsignClient(hookName);
  const pages = usePageSettings(hookName);
  const latest = useLatest({ input, options });
  const keepOpener = options.keepOpener ?? false;
  const key = JSON.stringify([operation.id, pages.allowedOrigins, pages.handshakeOrigins, keepOpener]);
  const make = () => ({
    client,
    key,
    launcher: createPageLauncher({
      client: keepOpener ? openerCallbackClient(client) : client,
      operation,
      input: () => latest.current.input,
      mode: () => latest.current.options.mode ?? 'tab',
      // Read in the browser only: a launcher made while rendering on the server never opens.
      allowedOrigins: esignonAllowedOrigins(
        pages.allowedOrigins,
        typeof location === 'undefined' ? undefined : location.origin,
      ),
      handshakeOrigins: pages.handshakeOrigins,
      keepOpener,
      invalidate: () => latest.current.options.onSettle?.(),
    }),
  });
  const [current, setCurrent] = useState(make);
  let { launcher } = current;
  if (current.client !== client || current.key !== key) {
    const next = make();
    setCurrent(next);
    launcher = next.launcher;
  }

  useEffect(() => () => launcher.destroy(), [launcher]);
  useEffect(
    () =>
      launcher.on((event) => {
        const callbacks = latest.current.options;
        if (event.type === 'page-message') callbacks.onPageMessage?.(event.data);
        else if (event.type === 'error') callbacks.onError?.(event.error);
      }),
    [launcher, latest],
  );

  const snapshot = useSyncExternalStore(launcher.subscribe, launcher.getSnapshot, () => serverSnapshot);
  return { snapshot, launcher };
}

'use client';
import type { EsignClient } from '@esign-kit/core';
import { createContext, useContext } from 'react';

/** Where hosted pages may come from and where they report completion. */
export interface PageSettings {
  /**
   * Origins page URLs may point to. Anything else (another host, `javascript:`) is never opened,
   * and the button says which origin it refused and that this is the setting to change.
   * @default ['https://www.prix.im'], plus any loopback origin (the sandbox's pages, e.g.
   * `http://127.0.0.1:4010`) while the app itself runs on a loopback origin (development)
   */
  allowedOrigins?: readonly string[];
  /**
   * Origins whose pages announce themselves when framed (the sandbox's). See
   * `PageLauncherOptions.handshakeOrigins`.
   * @default []
   */
  handshakeOrigins?: readonly string[];
  /**
   * The proxy's return page, where pages that take a `successUrl` send the user when done.
   * @default `${proxyUrl}/return` on the app's origin
   */
  returnUrl?: string;
}

/**
 * Tells the proxy that a hosted page came back completed, so that it tells the other screens
 * (`page.completed`). Given the page's operation and its input; never throws, never waits.
 */
export type ReportPageCompleted = (operation: { readonly id: string }, input: unknown) => void;

export interface EsignKitContextValue {
  readonly client: EsignClient;
  readonly pages: PageSettings;
  /**
   * Set below `<EsignEventsProvider>` (from `@esign-kit/react/events`), which provides this
   * context again with it; absent elsewhere, so the main entry bundles no reporting code.
   */
  readonly reportPage?: ReportPageCompleted | undefined;
}

export const EsignKitContext = createContext<EsignKitContextValue | null>(null);

/** The nearest provider's client and page settings; throws naming `hookName` when there is none. */
export function useEsignKitContext(hookName: string): EsignKitContextValue {
  const value = useContext(EsignKitContext);
  if (!value) {
    throw new Error(
      `\`${hookName}\` must be used inside <EsignKitProvider>. Wrap your app: <EsignKitProvider proxyUrl="/api/esign">…</EsignKitProvider>.`,
    );
  }
  return value;
}

/**
 * The client of the nearest `<EsignKitProvider>`. Throws a message that names the hook and
 * the fix when there is none.
 */
export function useEsignClient(hookName = 'useEsignClient'): EsignClient {
  return useEsignKitContext(hookName).client;
}

/** The page settings of the nearest `<EsignKitProvider>`. */
export function usePageSettings(hookName: string): PageSettings {
  return useEsignKitContext(hookName).pages;
}

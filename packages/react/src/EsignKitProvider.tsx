'use client';
import { createEsignClient, detectLocale, type EsignClient, type Locale } from '@esign-kit/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useMemo, useState, useSyncExternalStore } from 'react';
import { EsignKitContext, type PageSettings } from './EsignKitContext.js';

export type EsignKitProviderProps = (
  | {
      /** A client made with `createEsignClient` (custom fetch, headers, locale…). */
      client: EsignClient;
      proxyUrl?: never;
      locale?: never;
    }
  | {
      /** Where the esign-kit proxy is mounted, e.g. `/api/esign`. */
      proxyUrl: string;
      client?: never;
      /**
       * Language of labels and error messages.
       * @default Korean on the server and while hydrating (so both render the same), then the
       * browser's language (`navigator.language`; Korean or English). A client-only app gets the
       * browser's language from the first render.
       */
      locale?: Locale;
    }
) & {
  /**
   * The QueryClient to use. @default the app's (from `<QueryClientProvider>`) when there is
   * one, else a client of the provider's own
   */
  queryClient?: QueryClient;
  /** Where hosted pages may come from and where they report completion. */
  pages?: PageSettings;
  children?: ReactNode;
};

/**
 * Makes the esign-kit client available to the hooks and components below it. Uses the app's
 * TanStack QueryClient when there is one, so esign-kit queries share its cache and devtools.
 *
 * @example
 * ```tsx
 * <EsignKitProvider proxyUrl="/api/esign">
 *   <ContractCard uuid="ed976505-bcbd-47bd-913d-f4cde05dea7a" />
 * </EsignKitProvider>
 * ```
 */
export function EsignKitProvider(props: EsignKitProviderProps) {
  const { children } = props;
  // The server has no browser language: it renders Korean, and so does hydration; the browser's
  // language applies right after (React re-renders when the two snapshots differ).
  const browserLocale = useSyncExternalStore(onLanguageChange, detectLocale, serverLocale);
  const locale = props.locale ?? browserLocale;
  const proxyUrl = props.proxyUrl as string;
  const ownClient = useMemo(
    () => (props.client ? null : createEsignClient({ baseUrl: proxyUrl, locale })),
    [props.client, proxyUrl, locale],
  );
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => (props.queryClient || appQueryClient ? null : new QueryClient()));
  const queryClient = props.queryClient ?? ownQueryClient;

  const activeClient = props.client ?? (ownClient as EsignClient);
  const { allowedOrigins, handshakeOrigins, returnUrl } = props.pages ?? {};
  const value = useMemo(
    () => ({
      client: activeClient,
      pages: { allowedOrigins, handshakeOrigins, returnUrl: returnUrl ?? `${activeClient.baseUrl}/return` },
    }),
    [activeClient, allowedOrigins, handshakeOrigins, returnUrl],
  );
  const content = <EsignKitContext.Provider value={value}>{children}</EsignKitContext.Provider>;
  return queryClient ? <QueryClientProvider client={queryClient}>{content}</QueryClientProvider> : content;
}

const serverLocale = (): Locale => 'ko';

function onLanguageChange(callback: () => void): () => void {
  window.addEventListener('languagechange', callback);
  return () => window.removeEventListener('languagechange', callback);
}

'use client';
import { createEsignClient, type EsignClient, type Locale } from '@esign-kit/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useMemo, useState } from 'react';
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
      /** Language of error messages. @default the browser's language */
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
  const [client] = useState(
    () =>
      props.client ??
      createEsignClient({ baseUrl: props.proxyUrl as string, ...(props.locale ? { locale: props.locale } : {}) }),
  );
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => (props.queryClient || appQueryClient ? null : new QueryClient()));
  const queryClient = props.queryClient ?? ownQueryClient;

  const activeClient = props.client ?? client;
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

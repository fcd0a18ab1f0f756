import { createEsignClient, type EsignClient } from '@esign-kit/core';
import { EsignKitProvider, type PageSettings } from '@esign-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, type ReactNode, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { inject } from 'vitest';

let root: Root | undefined;
let host: HTMLElement | undefined;

/** Renders into a fresh container under StrictMode, inside the provider, like an app would. */
export async function render(
  ui: ReactNode,
  options: { locale?: 'ko' | 'en'; pages?: PageSettings } = {},
): Promise<{ client: EsignClient; queryClient: QueryClient }> {
  await cleanup();
  host = document.createElement('div');
  host.id = 'app';
  document.body.append(host);
  const client = createEsignClient({ baseUrl: '/api/esign', locale: options.locale ?? 'en' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const sandboxOrigin = inject('sandboxOrigin');
  const pages = options.pages ?? { allowedOrigins: [sandboxOrigin], handshakeOrigins: [sandboxOrigin] };
  const currentRoot = createRoot(host);
  root = currentRoot;
  await act(async () => {
    currentRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <EsignKitProvider client={client} pages={pages}>
            {ui}
          </EsignKitProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
  return { client, queryClient };
}

export async function cleanup() {
  const current = root;
  root = undefined;
  if (current) await act(async () => current.unmount());
  host?.remove();
  host = undefined;
}

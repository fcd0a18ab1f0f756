'use client';
import type { EsignClient } from '@esign-kit/core';
import { createContext, useContext } from 'react';

export const EsignKitContext = createContext<EsignClient | null>(null);

/**
 * The client of the nearest `<EsignKitProvider>`. Throws a message that names the hook and
 * the fix when there is none.
 */
export function useEsignClient(hookName = 'useEsignClient'): EsignClient {
  const client = useContext(EsignKitContext);
  if (!client) {
    throw new Error(
      `\`${hookName}\` must be used inside <EsignKitProvider>. Wrap your app: <EsignKitProvider proxyUrl="/api/esign">…</EsignKitProvider>.`,
    );
  }
  return client;
}

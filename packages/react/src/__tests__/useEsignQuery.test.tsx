import { createEsignClient, findContractRoute } from '@esign-kit/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EsignKitProvider } from '../EsignKitProvider.js';
import { useEsignQuery } from '../useEsignQuery.js';

/** A proxy double at the network edge: every answer is a 503 in the proxy's envelope. */
function unavailableProxy() {
  const fetch = vi.fn(async () =>
    Response.json({ ok: false, errorCode: 'ESIGN_KIT_UPSTREAM_UNAVAILABLE', message: 'down' }, { status: 503 }),
  );
  const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'en' });
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <EsignKitProvider client={client}>{children}</EsignKitProvider>
    </QueryClientProvider>
  );
  return { fetch, wrapper };
}

describe('useEsignQuery options', () => {
  it('lets the caller’s `retry: false` win over the factory’s retry policy', async () => {
    const { fetch, wrapper } = unavailableProxy();
    const { result } = renderHook(
      () => useEsignQuery(findContractRoute, { customKey: 'a4-k1234' }, { retry: false, retryDelay: 0 }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.status).toBe(503);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the factory’s retry policy when the caller sets none (a 503 is retried twice)', async () => {
    const { fetch, wrapper } = unavailableProxy();
    const { result } = renderHook(
      () => useEsignQuery(findContractRoute, { customKey: 'a4-k1234' }, { retryDelay: 0 }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});

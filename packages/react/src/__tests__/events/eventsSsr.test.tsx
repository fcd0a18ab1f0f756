// @vitest-environment node
import { createEsignClient } from '@esign-kit/core';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { EsignKitProvider } from '../../EsignKitProvider.js';
import { EsignEventsProvider, useSigningEvents, useSigningEventsMode } from '../../events/index.js';
import { useContract } from '../../hooks/useContract.js';

function Status() {
  const { data } = useContract({ uuid: 'aaaaaaaa-0000-4000-8000-000000000001' }, { live: true });
  const mode = useSigningEventsMode();
  useSigningEvents({ subjects: [{ kind: 'workflow', id: 'w1' }] }, () => {});
  return <p data-live={mode}>{data?.contract.status ?? '…'}</p>;
}

describe('@esign-kit/react/events on the server', () => {
  it('should render without a window, opening no stream and fetching nothing', () => {
    expect(typeof window).toBe('undefined');
    const fetch = vi.fn();
    const eventSource = vi.fn();
    const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'ko' });
    const html = renderToString(
      <EsignKitProvider client={client} queryClient={new QueryClient()}>
        <EsignEventsProvider eventSource={eventSource as never}>
          <Status />
        </EsignEventsProvider>
      </EsignKitProvider>,
    );
    expect(html).toBe('<p data-live="idle">…</p>');
    expect(eventSource).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });
});

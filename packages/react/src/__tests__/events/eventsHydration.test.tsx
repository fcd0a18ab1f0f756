import { act, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { useSigningEventsMode } from '../../events/index.js';
import { useContract } from '../../hooks/useContract.js';
import { fakeEventSources } from './fakeEventSource.js';
import { liveProxyDouble, uuids } from './liveProxyDouble.js';

function Status() {
  const { data } = useContract({ uuid: uuids.a }, { live: true });
  const mode = useSigningEventsMode();
  return <p data-live={mode}>{data?.contract.status ?? '…'}</p>;
}

describe('hydrating the events provider', () => {
  it('should hydrate the server’s markup without a mismatch, then open its one stream', async () => {
    const server = liveProxyDouble();
    const serverSources = fakeEventSources();
    const Server = server.wrapperWith({ eventSource: serverSources.EventSource });
    const html = renderToString(
      <Server>
        <Status />
      </Server>,
    );
    expect(serverSources.made).toHaveLength(0);

    const browser = liveProxyDouble();
    const sources = fakeEventSources();
    const Browser = browser.wrapperWith({ eventSource: sources.EventSource });
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    const mismatch = vi.spyOn(console, 'error');
    const root = await act(async () =>
      hydrateRoot(
        container,
        <Browser>
          <Status />
        </Browser>,
        { onRecoverableError: recoverable },
      ),
    );
    await waitFor(() => expect(container.textContent).toBe('CREATED'));
    await waitFor(() => expect(sources.openStreams()).toHaveLength(1));
    expect(container.querySelector('p')?.dataset.live).toBe('connecting');
    expect(recoverable).not.toHaveBeenCalled();
    expect(mismatch).not.toHaveBeenCalled();
    mismatch.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});

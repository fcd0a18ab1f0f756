import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EsignKitProvider } from '../EsignKitProvider.js';
import { ContractDetailButton } from '../pages/pageButtons.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';

function App() {
  return (
    <EsignKitProvider proxyUrl="/api/esign">
      <ContractDetailButton input={{ contractUuid }} />
    </EsignKitProvider>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('EsignKitProvider without `locale`, server-rendered, hydrated in an English browser', () => {
  it('hydrates without a mismatch, then shows the browser’s language', async () => {
    // The server has no browser language (Node 20 has no `navigator`).
    vi.stubGlobal('navigator', undefined);
    const html = renderToString(<App />);
    vi.unstubAllGlobals();
    vi.stubGlobal('navigator', { ...navigator, language: 'en-US', languages: ['en-US', 'en'] });
    expect(navigator.language).toBe('en-US');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverButton = container.querySelector('button');
    const recoverableErrors: unknown[] = [];
    const consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <App />, {
        onRecoverableError: (error) => recoverableErrors.push(error),
      });
    });

    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
    // The server's button was kept (hydrated, not replaced), and now speaks the browser's language.
    expect(container.querySelector('button')).toBe(serverButton);
    expect(container.querySelector('button')?.textContent).toBe('Contract details');
    await act(async () => root?.unmount());
    globalThis.IS_REACT_ACT_ENVIRONMENT = false;
  });

  it('renders Korean on the server even where the runtime has an English `navigator` (Node 21+)', () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(renderToString(<App />)).toContain('계약서 상세');
  });
});

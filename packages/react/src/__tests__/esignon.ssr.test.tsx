// @vitest-environment node
import { createEsignClient } from '@esign-kit/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { EsignKitProvider } from '../EsignKitProvider.js';

describe('@esign-kit/react/esignon on the server', () => {
  it('should import and render without a window, fetching nothing, as the idle button', async () => {
    expect(typeof window).toBe('undefined');
    const { EsignonDocumentButton, EsignonSignButton } = await import('../esignon/index.js');
    const fetch = vi.fn();
    const client = createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'ko' });
    const html = renderToString(
      <EsignKitProvider client={client}>
        <EsignonSignButton workflowId="w1" />
        <EsignonDocumentButton workflowId="w1" document="signed" />
      </EsignKitProvider>,
    );
    expect(html).toContain('data-state="idle"');
    expect(html).toContain('data-phase="idle"');
    expect(html).toContain('>서명하기</button>');
    expect(html).toContain('>서명된 문서 받기</button>');
    expect(html).toMatch(/role="status"/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

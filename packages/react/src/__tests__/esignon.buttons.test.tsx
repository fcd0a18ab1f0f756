import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EsignonDocumentButton, EsignonSignButton } from '../esignon/index.js';
import { esignonProxyDouble, pageOrigin, playingWorkflow } from './esignonProxyDouble.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** What `window.open('', '_blank')` returns, as far as the launcher reads it. */
function stubNewTab() {
  const tab = {
    closed: false,
    opener: window as unknown,
    navigations: [] as string[],
    location: { replace: (url: string) => void tab.navigations.push(url) },
    close: vi.fn(() => {
      tab.closed = true;
    }),
  };
  const open = vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
  return { tab, open };
}

/** A message as the browser delivers it to the app's window. */
function post(data: unknown, origin: string, source: unknown) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function renderSignButton(
  props: Partial<Parameters<typeof EsignonSignButton>[0]> = {},
  locale: 'en' | 'ko' = 'en',
) {
  const proxy = esignonProxyDouble(locale);
  proxy.workflows.set('w1', playingWorkflow('w1'));
  const onSettled = vi.fn();
  render(<EsignonSignButton workflowId="w1" onSettled={onSettled} {...props} />, { wrapper: proxy.wrapper });
  const button = screen.getByRole('button');
  await waitFor(() => expect(button.getAttribute('data-workflow-status')).toBe('Playing'));
  return { proxy, button, onSettled, status: () => screen.getByRole('status') };
}

/** The workflow after signer 1 signed: signer 2's turn (what the proxy reads once the callback is in). */
const afterFirstSignature = playingWorkflow('w1', {
  currentStep: 2,
  signers: playingWorkflow('w1').signers.map((signer) => ({ ...signer, turn: signer.order === 2 })),
  nextSigner: { name: '김대표', contact: 'ceo@example.com' },
  lastCallback: { status: 'Playing', workType: 'CF', actionId: '2', at: '2026-12-06 10:00:00' },
});

describe('EsignonSignButton', () => {
  it('should open the current signer’s page in a new tab, with `callback_fn=true` and its opener kept', async () => {
    const { tab, open } = stubNewTab();
    const { button, status } = await renderSignButton();
    expect(button.textContent).toBe('Sign');
    fireEvent.click(button);
    expect(open).toHaveBeenCalledWith('', '_blank');
    await waitFor(() =>
      expect(tab.navigations).toEqual([`${pageOrigin}/esignon/mail/sign?token=t-w1&callback_fn=true`]),
    );
    expect(tab.opener).toBe(window);
    expect(button.getAttribute('data-state')).toBe('open');
    expect(button.getAttribute('data-phase')).toBe('waiting');
    expect(status().textContent).toMatch(/signing page is open/);
    expect(button.getAttribute('aria-describedby')).toBe(status().id);
  });

  it('should read the workflow at once on a message from the page’s exact origin and window, and not for others', async () => {
    const { tab } = stubNewTab();
    const { proxy, button, onSettled } = await renderSignButton();
    fireEvent.click(button);
    await waitFor(() => expect(tab.navigations).toHaveLength(1));
    await waitFor(() => expect(proxy.reads('w1')).toBe(2)); // the first read, and the fresh one at the click
    post({ status: 'Complete' }, 'https://evil.example', tab);
    post({ status: 'Complete' }, pageOrigin, { another: 'window' });
    post({ status: 'Complete' }, `${pageOrigin}/`, tab);
    await sleep(300);
    expect(proxy.reads('w1')).toBe(2);
    // The page's own message: read now. It says Complete, the server says nothing moved: nothing settles.
    post({ source: 'esignon-sandbox', status: 'Complete', workflowId: 'w1' }, pageOrigin, tab);
    await waitFor(() => expect(proxy.reads('w1')).toBe(3), { timeout: 1000 });
    expect(button.getAttribute('data-phase')).toBe('waiting');
    expect(onSettled).not.toHaveBeenCalled();
    expect(tab.closed).toBe(false);
  });

  it('should settle when the server shows the next signer’s turn, and close the page it opened', async () => {
    const { tab } = stubNewTab();
    const { proxy, button, onSettled, status } = await renderSignButton();
    fireEvent.click(button);
    await waitFor(() => expect(proxy.reads('w1')).toBe(2));
    proxy.workflows.set('w1', afterFirstSignature);
    post('{Playing}', pageOrigin, tab);
    await waitFor(() => expect(button.getAttribute('data-phase')).toBe('signed'));
    expect(status().textContent).toBe('Signature recorded. It is the next signer’s turn.');
    expect(onSettled).toHaveBeenCalledTimes(1);
    expect(onSettled).toHaveBeenCalledWith(afterFirstSignature, 'signed');
    expect(tab.close).toHaveBeenCalled();
    expect(button.getAttribute('data-state')).toBe('settled');
  });

  it('should poll every 2 s while the page is open, so no message is needed', async () => {
    const { tab } = stubNewTab();
    const { proxy, button, onSettled } = await renderSignButton();
    fireEvent.click(button);
    await waitFor(() => expect(tab.navigations).toHaveLength(1));
    proxy.workflows.set('w1', { ...afterFirstSignature, status: 'Complete', documentsAvailable: true });
    await waitFor(() => expect(button.getAttribute('data-phase')).toBe('complete'), { timeout: 3500 });
    expect(onSettled).toHaveBeenCalledWith(expect.objectContaining({ status: 'Complete' }), 'complete');
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('should read once more when the tab is closed, and say nothing was recorded yet', async () => {
    const { tab } = stubNewTab();
    const { proxy, button, onSettled, status } = await renderSignButton();
    fireEvent.click(button);
    await waitFor(() => expect(proxy.reads('w1')).toBe(2));
    tab.closed = true;
    await waitFor(() => expect(button.getAttribute('data-phase')).toBe('closed'));
    await waitFor(() => expect(proxy.reads('w1')).toBe(3));
    expect(status().textContent).toBe('The signing page was closed. No signature has been recorded yet.');
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('should open nothing when there is no page to sign (the workflow is over)', async () => {
    const { open } = stubNewTab();
    const proxy = esignonProxyDouble('en');
    proxy.workflows.set('w1', playingWorkflow('w1', { status: 'Complete', signingUrlAvailable: false }));
    render(<EsignonSignButton workflowId="w1" />, { wrapper: proxy.wrapper });
    const button = screen.getByRole('button');
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('true'));
    fireEvent.click(button);
    expect(open).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('There is no page to sign right now.');
  });

  it('should speak Korean with a Korean client', async () => {
    const { tab } = stubNewTab();
    const { button, status } = await renderSignButton({}, 'ko');
    expect(button.textContent).toBe('서명하기');
    fireEvent.click(button);
    await waitFor(() => expect(tab.navigations).toHaveLength(1));
    expect(status().textContent).toBe('이싸인온 서명 페이지가 열려 있습니다. 서명이 반영되면 여기에 표시됩니다.');
  });

  it('should frame the page in a labelled dialog with `mode="modal"`', async () => {
    stubNewTab();
    const { button } = await renderSignButton({ mode: 'modal' });
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'eSignon signing page' });
    const frame = dialog.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe(`${pageOrigin}/esignon/mail/sign?token=t-w1&callback_fn=true`);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('EsignonDocumentButton', () => {
  it('should open a freshly minted download URL in a new tab, opener cut', async () => {
    const { tab } = stubNewTab();
    const proxy = esignonProxyDouble('en');
    proxy.workflows.set('w1', playingWorkflow('w1', { status: 'Complete', documentsAvailable: true }));
    render(<EsignonDocumentButton workflowId="w1" document="certificate" />, { wrapper: proxy.wrapper });
    const button = screen.getByRole('button', { name: 'Download the audit certificate' });
    expect(button.getAttribute('data-document')).toBe('certificate');
    fireEvent.click(button);
    await waitFor(() => expect(tab.navigations).toEqual([`${pageOrigin}/esignon/files/w1.pdf`]));
    expect(tab.opener).toBeNull();
    const minted = proxy.seen.filter((request) => request.path === 'esignon/workflows/w1/download-url');
    expect(minted.map((request) => request.search)).toEqual(['?document=certificate']);
    // Closed, then clicked again: a new URL is minted (they live 5 minutes), never a cached one.
    tab.closed = true;
    await waitFor(() => expect(button.getAttribute('data-state')).toBe('settled'));
    const second = stubNewTab();
    fireEvent.click(button);
    await waitFor(() => expect(second.tab.navigations).toHaveLength(1));
    expect(proxy.seen.filter((request) => request.path === 'esignon/workflows/w1/download-url')).toHaveLength(2);
  });
});

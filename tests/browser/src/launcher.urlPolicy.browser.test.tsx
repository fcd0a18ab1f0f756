import { ContractDetailButton } from '@esign-kit/react';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, render } from './render.js';

const sandboxOrigin = inject('sandboxOrigin');
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const sandboxHost = new URL(sandboxOrigin).host;

/** What a compromised proxy (or a compromised Prix) could answer for a page URL. */
const hostileUrls = [
  ['a javascript: URL', "javascript:opener.postMessage('pwned','*')"],
  ['a data: URL', `data:text/html,<script>opener.postMessage('pwned','*')</script>`],
  ['a foreign https origin', 'https://evil.example/pages/contract-detail/token'],
  ['the sandbox host over https (another origin)', `https://${sandboxHost}/pages/contract-detail/token`],
  ['credentials in front of a foreign host', `http://${sandboxHost}@evil.example/pages/contract-detail/token`],
  ['a protocol-relative URL', '//evil.example/pages/contract-detail/token'],
] as const;

/** A proxy stand-in that answers every mint with `url`, in the proxy's envelope. */
const answering = (url: string) => async () => Response.json({ ok: true, data: { url } });

let framesSeen: string[] = [];
let pwned = false;
let observer: MutationObserver | undefined;
const onMessage = (event: MessageEvent) => {
  if (event.data === 'pwned') pwned = true;
};

beforeEach(() => {
  framesSeen = [];
  pwned = false;
  // Every iframe that ever appears, even for a moment.
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) {
          for (const frame of [node, ...node.querySelectorAll('iframe')]) {
            if (frame instanceof HTMLIFrameElement) framesSeen.push(frame.src);
          }
        }
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('message', onMessage);
});

afterEach(async () => {
  observer?.disconnect();
  window.removeEventListener('message', onMessage);
  await cleanup();
  await commands.closeOtherTabs();
  vi.restoreAllMocks();
});

/** Waits long enough for a navigated tab or frame to have run a script. */
const settleTime = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('a page URL the allowlist refuses', () => {
  it.each(hostileUrls)('is not opened in a tab: %s', async (_name, url) => {
    const opened: (Window | null)[] = [];
    const realOpen = window.open.bind(window);
    vi.spyOn(window, 'open').mockImplementation((...args) => {
      const tab = realOpen(...args);
      opened.push(tab);
      return tab;
    });
    const onError = vi.fn();
    const tabsBefore = await commands.tabUrls();
    await render(<ContractDetailButton input={{ contractUuid }} onError={onError} />, { fetch: answering(url) });
    const trigger = page.getByRole('button', { name: 'Contract details' });

    await userEvent.click(trigger);

    await expect.element(trigger).toHaveAttribute('data-state', 'error');
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error', 'url_rejected');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'url_rejected' }));
    // The placeholder tab was opened inside the click, then closed without being navigated.
    expect(opened).toHaveLength(1);
    expect(opened[0]?.closed).toBe(true);
    await settleTime();
    expect(await commands.tabUrls()).toEqual(tabsBefore);
    expect(pwned).toBe(false);
    expect(page.getByRole('link').query()).toBeNull();
  });

  it.each(hostileUrls)('is not framed in a modal: %s', async (_name, url) => {
    const onError = vi.fn();
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" onError={onError} />, {
      fetch: answering(url),
    });
    const trigger = page.getByRole('button', { name: 'Contract details' });

    await userEvent.click(trigger);

    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error', 'url_rejected');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'url_rejected' }));
    expect(page.getByRole('dialog').query()).toBeNull();
    await settleTime();
    expect(framesSeen).toEqual([]);
    expect(pwned).toBe(false);
    expect(document.getElementById('app')?.hasAttribute('inert')).toBe(false);
  });

  it('names the refused origin and the setting to change', async () => {
    const onError = vi.fn();
    await render(<ContractDetailButton input={{ contractUuid }} onError={onError} />, {
      pages: { allowedOrigins: ['https://www.prix.im'] },
    });
    await userEvent.click(page.getByRole('button', { name: 'Contract details' }));
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveAttribute('data-error', 'url_rejected');
    await expect.element(alert).toHaveTextContent(`${sandboxOrigin} is not allowed`);
    await expect.element(alert).toHaveTextContent('add it to allowedOrigins');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'url_rejected', origin: sandboxOrigin }));
  });

  it('is opened when it is on the allowed origin (the same stand-in, a good URL)', async () => {
    // The control case: the stand-in proxy is not what makes the cases above fail.
    const url = `${sandboxOrigin}/__sandbox/requests?stand-in`;
    await render(<ContractDetailButton input={{ contractUuid }} />, { fetch: answering(url) });
    const trigger = page.getByRole('button', { name: 'Contract details' });
    await userEvent.click(trigger);
    expect(await commands.waitForTab(url)).toBe(url);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
  });
});

describe('the default allowlist, as a newcomer sets the provider up (no `pages`)', () => {
  it('opens the sandbox’s page on the first try while the app runs on a loopback origin', async () => {
    expect(['localhost', '127.0.0.1']).toContain(location.hostname);
    await render(<ContractDetailButton input={{ contractUuid }} />, { pages: {} });
    const trigger = page.getByRole('button', { name: 'Contract details' });
    await userEvent.click(trigger);
    await commands.waitForTab(`${sandboxOrigin}/pages/contract-detail/`);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
  });
});

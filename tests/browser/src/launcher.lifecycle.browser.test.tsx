import { contractDetailUrl, contractListUrl } from '@esign-kit/core/server';
import { ContractDetailButton, EsignKitProvider, PageButton, useEsignClient } from '@esign-kit/react';
import { useState } from 'react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, recordingFetch, render, sandboxRequestCount, watchListeners } from './render.js';

const sandboxOrigin = inject('sandboxOrigin');

/** A contract no other browser test opens, so the sandbox's count is this file's alone. */
const contractUuid = '5273ffea-0d27-416c-bcc0-a2872fc68648';
const sandboxPath = `/kit-api/v1/contracts/${contractUuid}/url`;

let listeners: ReturnType<typeof watchListeners> | undefined;

afterEach(async () => {
  await cleanup();
  listeners?.stop();
  listeners = undefined;
  await commands.closeOtherTabs();
  vi.restoreAllMocks();
});

/**
 * A fetch that holds each request until `release()`, then sends it to the real proxy; aborted
 * before that, it rejects as the browser's fetch does, and nothing reaches the proxy.
 */
function heldFetch() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const recorder = recordingFetch(
    (input, init) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        void gate.then(() => {
          if (!signal?.aborted) resolve(fetch(input, init));
        });
      }),
  );
  return { ...recorder, release };
}

describe('unmounting while the URL is being minted', () => {
  it.each(['tab', 'modal'] as const)('aborts the request and leaves no dialog, tab or listener (%s)', async (mode) => {
    listeners = watchListeners();
    const held = heldFetch();
    const onError = vi.fn();
    const onClose = vi.fn();
    const minted = await sandboxRequestCount(sandboxPath);
    const tabsBefore = await commands.tabUrls();
    await render(<ContractDetailButton input={{ contractUuid }} mode={mode} onError={onError} onClose={onClose} />, {
      fetch: held.fetch,
    });
    const trigger = page.getByRole('button', { name: 'Contract details' });

    await userEvent.click(trigger);

    await expect.element(trigger).toHaveAttribute('data-state', 'minting');
    expect(held.requests).toHaveLength(1);
    expect(listeners.count()).toEqual({ messageListeners: 1, broadcastChannels: 1 });
    if (mode === 'tab')
      expect(await commands.tabUrls()).toHaveLength(tabsBefore.length + 1); // the placeholder
    else await expect.element(page.getByRole('dialog')).toBeVisible();

    await cleanup();

    expect(held.requests[0]?.signal?.aborted).toBe(true);
    expect(listeners.count()).toEqual({ messageListeners: 0, broadcastChannels: 0 });
    expect(document.querySelector('[role="dialog"], iframe')).toBeNull();
    expect(document.documentElement.classList.contains('esign-kit-scroll-locked')).toBe(false);
    await vi.waitFor(async () => expect(await commands.tabUrls()).toEqual(tabsBefore));

    // Letting the held request go changes nothing: it was aborted, so it never reaches the proxy.
    held.release();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await sandboxRequestCount(sandboxPath)).toBe(minted);
    expect(onError).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes the dialog it opened, and its frame, when unmounted while open', async () => {
    listeners = watchListeners();
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" />);
    await userEvent.click(page.getByRole('button', { name: 'Contract details' }));
    await expect.element(page.getByRole('dialog')).toHaveAttribute('data-state', 'ready');

    await cleanup();

    expect(document.querySelector('[role="dialog"], iframe')).toBeNull();
    expect(listeners.count()).toEqual({ messageListeners: 0, broadcastChannels: 0 });
    expect(document.documentElement.classList.contains('esign-kit-scroll-locked')).toBe(false);
  });
});

/** A page button under a nested provider whose allowed origins change on a click. */
function SettingsHarness() {
  const client = useEsignClient();
  const [allowed, setAllowed] = useState<string[]>([]);
  return (
    <>
      <button type="button" onClick={() => setAllowed([sandboxOrigin])}>
        Allow the sandbox
      </button>
      <EsignKitProvider client={client} pages={{ allowedOrigins: allowed }}>
        <ContractDetailButton input={{ contractUuid }} />
      </EsignKitProvider>
    </>
  );
}

/** The same `PageButton` (same place, same type) first for one operation, then another. */
function OperationHarness() {
  const [list, setList] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setList(true)}>
        Show the list
      </button>
      {list ? (
        <PageButton operation={contractListUrl} input={{}}>
          Open
        </PageButton>
      ) : (
        <PageButton operation={contractDetailUrl} input={{ contractUuid }}>
          Open
        </PageButton>
      )}
    </>
  );
}

describe('a mounted launcher follows what it is given', () => {
  it('uses page settings that changed after it mounted', async () => {
    await render(<SettingsHarness />);
    const trigger = page.getByRole('button', { name: 'Contract details' });
    await userEvent.click(trigger);
    await expect.element(page.getByRole('alert')).toHaveAttribute('data-error', 'url_rejected');

    await userEvent.click(page.getByRole('button', { name: 'Allow the sandbox' }));
    await userEvent.click(trigger);

    await commands.waitForTab(`${sandboxOrigin}/pages/contract-detail/`);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
  });

  it('mints the page of the operation it renders now, not the one it first rendered', async () => {
    await render(<OperationHarness />);
    await userEvent.click(page.getByRole('button', { name: 'Show the list' }));
    const trigger = page.getByRole('button', { name: 'Open', exact: true });

    await userEvent.click(trigger);

    await commands.waitForTab(`${sandboxOrigin}/pages/contract-list/`);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
  });
});

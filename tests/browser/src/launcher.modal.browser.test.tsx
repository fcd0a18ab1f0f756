import { ContractDetailButton } from '@esign-kit/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { axeViolations } from './axe.js';
import { cleanup, recordingFetch, render, watchListeners } from './render.js';

const sandboxOrigin = inject('sandboxOrigin');
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const detailPages = `${sandboxOrigin}/pages/contract-detail/`;

let listeners: ReturnType<typeof watchListeners> | undefined;

afterEach(async () => {
  await cleanup();
  listeners?.stop();
  listeners = undefined;
  await commands.closeOtherTabs();
});

/** A fetch that holds every answer until `release()`, so the minting state can be looked at. */
function heldFetch() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const recorder = recordingFetch(async (input, init) => {
    await gate;
    return fetch(input, init);
  });
  return { ...recorder, release };
}

const dialog = () => page.getByRole('dialog', { name: 'Prix Contract details' });
const frames = () => document.querySelectorAll('iframe');

describe('ContractDetailButton in a modal', () => {
  it('frames the sandbox page in an axe-clean dialog, loading and then ready', async () => {
    const held = heldFetch();
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" />, { fetch: held.fetch });

    await userEvent.click(page.getByRole('button', { name: 'Contract details' }));

    await expect.element(dialog()).toHaveAttribute('data-state', 'loading');
    await expect.element(page.getByRole('status')).toHaveTextContent('Opening the page…');
    expect(frames()).toHaveLength(0);
    expect(await axeViolations()).toEqual([]);

    held.release();

    // The sandbox page shook hands (`esign-kit:page-ready` from the frame, on its origin).
    await expect.element(dialog()).toHaveAttribute('data-state', 'ready');
    expect(frames()).toHaveLength(1);
    const frame = frames()[0] as HTMLIFrameElement;
    expect(frame.src.startsWith(detailPages)).toBe(true);
    expect(frame.title).toBe('Prix Contract details');
    expect(await commands.inspectDocument(frame.src)).toMatchObject({ status: 200, framed: true });
    expect(page.getByRole('status').query()).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps focus inside the dialog, closes on Escape, returns focus to the trigger and settles closed', async () => {
    const onClose = vi.fn();
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" onClose={onClose} />);
    const trigger = page.getByRole('button', { name: 'Contract details' });
    await userEvent.click(trigger);
    await expect.element(dialog()).toHaveAttribute('data-state', 'ready');
    const element = dialog().element();
    expect(document.activeElement).toBe(element);

    // Round the dialog both ways; inside the frame, the app's document sees the iframe as focused.
    const visited = new Set<Element | null>();
    for (const key of ['{Tab}', '{Shift>}{Tab}{/Shift}']) {
      for (let step = 0; step < 6; step++) {
        await userEvent.keyboard(key);
        // Focus leaving the (out-of-process) frame reaches this document a moment later.
        await expect.poll(() => element.contains(document.activeElement)).toBe(true);
        visited.add(document.activeElement);
      }
    }
    expect(visited.size).toBeGreaterThanOrEqual(3); // the two buttons and the frame

    // Escape is heard in the app's document, so bring focus back to the dialog's own controls.
    page.getByRole('button', { name: 'Close' }).element().focus();
    await userEvent.keyboard('{Escape}');

    await expect.element(dialog()).not.toBeInTheDocument();
    expect(frames()).toHaveLength(0);
    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(trigger.element());
    expect(document.getElementById('app')?.hasAttribute('inert')).toBe(false);
  });

  it('leaves exactly one iframe and one listener under StrictMode, and none once closed', async () => {
    listeners = watchListeners();
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" />);
    expect(listeners.count()).toEqual({ messageListeners: 0, broadcastChannels: 0 });

    await userEvent.click(page.getByRole('button', { name: 'Contract details' }));
    await expect.element(dialog()).toHaveAttribute('data-state', 'ready');

    expect(frames()).toHaveLength(1);
    expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(listeners.count()).toEqual({ messageListeners: 1, broadcastChannels: 1 });

    await userEvent.click(page.getByRole('button', { name: 'Close' }));

    await expect.element(dialog()).not.toBeInTheDocument();
    expect(frames()).toHaveLength(0);
    expect(listeners.count()).toEqual({ messageListeners: 0, broadcastChannels: 0 });
  });

  it('opens the page in a new tab from the dialog, and the dialog goes away', async () => {
    const recorder = recordingFetch();
    const onMoveToTab = vi.fn();
    const onClose = vi.fn();
    await render(
      <ContractDetailButton input={{ contractUuid }} mode="modal" onMoveToTab={onMoveToTab} onClose={onClose} />,
      { fetch: recorder.fetch },
    );
    const trigger = page.getByRole('button', { name: 'Contract details' });
    await userEvent.click(trigger);
    await expect.element(dialog()).toHaveAttribute('data-state', 'ready');
    const framed = (frames()[0] as HTMLIFrameElement).src;

    await userEvent.click(page.getByRole('button', { name: 'Open in a new tab' }));

    const url = await commands.waitForTab(detailPages);
    // Page URLs may be single-use: the tab gets a URL of its own.
    expect(url).not.toBe(framed);
    expect(recorder.requests).toHaveLength(2);
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    // Moved, not closed: the button says where the page went, and no "closed" is reported.
    await expect.element(page.getByRole('status')).toHaveTextContent('The page moved to a new tab.');
    expect(onMoveToTab).toHaveBeenCalledWith('open_in_tab');
    expect(onClose).not.toHaveBeenCalled();

    // Closing that tab is what closes the page.
    await commands.closeTabs(detailPages);
    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    expect(onClose).toHaveBeenCalledTimes(1);
    await expect.element(page.getByRole('status')).not.toBeInTheDocument();
  });
});

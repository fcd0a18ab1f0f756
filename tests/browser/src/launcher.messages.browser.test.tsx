import { ContractDetailButton, UseTemplateButton } from '@esign-kit/react';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, type RecordedRequest, recordingFetch, render } from './render.js';

const sandboxOrigin = inject('sandboxOrigin');
/** The bulk-eligible seed template; any template the sandbox knows would do. */
const templateKey = 5120;
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';

let strangers: HTMLIFrameElement[] = [];

beforeEach(() => {
  strangers = [];
});

afterEach(async () => {
  await cleanup();
  for (const frame of strangers) frame.remove();
  await commands.closeOtherTabs();
});

/** The launch id the launcher put in the `successUrl` it sent (the return page's query). */
function launchIdOf(request: RecordedRequest | undefined): string {
  const body = JSON.parse(request?.body ?? '{}') as { input?: { option?: { successUrl?: string } } };
  const successUrl = new URL(body.input?.option?.successUrl ?? '', location.href);
  expect(successUrl.origin).toBe(location.origin);
  const id = successUrl.searchParams.get('esign-kit-launch');
  expect(id).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  return id as string;
}

/** Resolves once the app's window has received a message matching `data` (so the launcher has too). */
function delivered(matches: (data: unknown) => boolean): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (!matches(event.data)) return;
      window.removeEventListener('message', onMessage);
      resolve(event);
    };
    window.addEventListener('message', onMessage);
  });
}

/** Posts on the launcher's BroadcastChannel and resolves once another listener on it got the message. */
async function broadcast(data: unknown) {
  const receiver = new BroadcastChannel('esign-kit');
  const received = new Promise<void>((resolve) => {
    receiver.onmessage = () => resolve();
  });
  const sender = new BroadcastChannel('esign-kit');
  sender.postMessage(data);
  await received;
  sender.close();
  receiver.close();
}

/** A cross-origin frame of the test's own, on the sandbox's origin (not the launcher's frame). */
async function strangerFrame(): Promise<string> {
  const src = `${sandboxOrigin}/__sandbox/requests?stranger=${strangers.length}`;
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = 'stranger';
  document.body.append(frame);
  strangers.push(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return src;
}

/**
 * Opens the use-template page in a modal and waits for the sandbox page's handshake. The
 * launcher puts its launch id in the `successUrl` it sends, which the recording fetch reads. The
 * URL itself is minted by the real proxy and sandbox through the (GET) detail-page operation, so
 * this test does not hang on the proxy trusting the test page's origin for POSTs: global setup
 * derives that origin from the configured port, and Vite moves to the next one when it is taken.
 */
async function openFramed(onComplete: () => void) {
  const recorder = recordingFetch((_input, init) =>
    fetch(`/api/esign/contracts/${contractUuid}/url`, { signal: init?.signal ?? null }),
  );
  await render(<UseTemplateButton input={{ templateKey }} mode="modal" onComplete={onComplete} />, {
    fetch: recorder.fetch,
  });
  const trigger = page.getByRole('button', { name: 'Use template' });
  await userEvent.click(trigger);
  const dialog = page.getByRole('dialog');
  await expect.element(dialog).toHaveAttribute('data-state', 'ready');
  const frame = dialog.element().querySelector('iframe') as HTMLIFrameElement;
  return { trigger, frame, launchId: launchIdOf(recorder.requests[0]) };
}

/** Gives the launcher a moment to react to something it should have ignored. */
const settleTime = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('completion messages that are not the return page’s', () => {
  it('change nothing while the page is open, and the genuine one still completes it', async () => {
    const onComplete = vi.fn();
    const { trigger, frame, launchId } = await openFramed(onComplete);
    const complete = { type: 'esign-kit:complete', launchId };
    const isComplete = (data: unknown) => (data as { type?: unknown } | null)?.type === 'esign-kit:complete';

    // 1. The right window (the framed page), the wrong origin (the sandbox's).
    const fromFrame = delivered(isComplete);
    await commands.postToParentFrom(frame.src, complete);
    const framed = await fromFrame;
    expect(framed.origin).toBe(sandboxOrigin);
    expect(framed.source === frame.contentWindow).toBe(true); // identity only: the window is cross-origin

    // 2. Another window on another origin.
    const stranger = await strangerFrame();
    const fromStranger = delivered(isComplete);
    await commands.postToParentFrom(stranger, complete);
    expect((await fromStranger).origin).toBe(sandboxOrigin);

    // 3. The right origin (the app's), the wrong window (not the frame).
    const fromApp = delivered(isComplete);
    window.postMessage(complete, location.origin);
    expect((await fromApp).source).toBe(window);

    // 4. The right window and origin: the proxy's return page, for another launch.
    const otherLaunch = 'a'.repeat(32);
    const fromStaleReturnPage = delivered(isComplete);
    await commands.navigateFrame(frame.src, `${location.origin}/api/esign/return?esign-kit-launch=${otherLaunch}`);
    const stale = await fromStaleReturnPage;
    expect(stale.origin).toBe(location.origin);
    expect(stale.source === frame.contentWindow).toBe(true);
    expect(stale.data).toEqual({ type: 'esign-kit:complete', launchId: otherLaunch });

    // 5. On the channel (same origin by construction): another launch, and a message of another shape.
    await broadcast({ type: 'esign-kit:complete', launchId: otherLaunch });
    await broadcast({ ...complete, extra: true });

    await settleTime();
    expect(onComplete).not.toHaveBeenCalled();
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    expect(page.getByRole('dialog').query()).not.toBeNull();

    // The launcher was listening all along: the right message settles it.
    await broadcast(complete);
    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(page.getByRole('dialog').query()).toBeNull();
  });

  it('ignores a page-ready from a window that is not the frame', async () => {
    const held = recordingFetch(async (input, init) => {
      // The sandbox page answers fast; hold its handshake off by framing a page that never sends one.
      const answer = await fetch(input, init);
      const body = (await answer.json()) as { ok: true; data: { url: string } };
      return Response.json({ ok: true, data: { url: `${sandboxOrigin}/__sandbox/requests?from=${body.data.url}` } });
    });
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" frameTimeoutMs={60_000} />, {
      fetch: held.fetch,
    });
    await userEvent.click(page.getByRole('button', { name: 'Contract details' }));
    const dialog = page.getByRole('dialog');
    const frame = await vi.waitUntil(() => dialog.element().querySelector('iframe'));
    await commands.inspectDocument(frame.src);

    const ready = { type: 'esign-kit:page-ready' };
    const stranger = await strangerFrame();
    const fromStranger = delivered((data) => (data as { type?: unknown } | null)?.type === ready.type);
    await commands.postToParentFrom(stranger, ready);
    await fromStranger;
    await settleTime();
    await expect.element(dialog).toHaveAttribute('data-state', 'loading');

    // The frame itself, on the origin of its URL, may say so.
    await commands.postToParentFrom(frame.src, ready);
    await expect.element(dialog).toHaveAttribute('data-state', 'ready');
  });
});

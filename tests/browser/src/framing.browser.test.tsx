import { ContractDetailButton } from '@esign-kit/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { axeViolations } from './axe.js';
import { cleanup, render } from './render.js';

const sandboxOrigin = inject('sandboxOrigin');
const detailPages = `${sandboxOrigin}/pages/contract-detail/`;
/** The seed's concluded contract (a detail page with a finished signature). */
const contractUuid = 'caa7739d-b4eb-46af-bcb7-b53055589195';
/** Short, so the fallback runs while the click's user activation still lets a tab open. */
const frameTimeoutMs = 1500;

/** The sandbox's framing switch, over its control surface (CORS for loopback pages, see globalSetup). */
async function refuseFraming(refuse: boolean | string[]): Promise<string[]> {
  const response = await fetch(`${sandboxOrigin}/__sandbox/framing`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refuse }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { refused: string[] } }).data.refused;
}

/** What the sandbox knows of a page session: whether the browser fetched the page. */
async function sessionOf(url: string): Promise<{ openedAt?: string } | undefined> {
  const response = await fetch(`${sandboxOrigin}/__sandbox/state`);
  const { data } = (await response.json()) as { data: { pageSessions: { token: string; openedAt?: string }[] } };
  return data.pageSessions.find((session) => url.endsWith(`/${session.token}`));
}

afterEach(async () => {
  await cleanup();
  await commands.closeOtherTabs();
  await refuseFraming(false);
});

describe('ContractDetailButton in a modal, and a sandbox that refuses framing', () => {
  it('falls back to a new tab on the detail page when the frame is refused', async () => {
    // Refuse framing of exactly the first page this launch mints, before the launcher sees its
    // URL: other test files frame detail pages of their own at the same time.
    const minted: string[] = [];
    const refused: string[][] = [];
    const mintAndRefuse: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const { data } = (await response.clone().json()) as { data?: { url?: string } };
      if (data?.url) {
        minted.push(data.url);
        if (minted.length === 1) refused.push(await refuseFraming([data.url]));
      }
      return response;
    };
    const onError = vi.fn();
    const onClose = vi.fn();
    await render(
      <ContractDetailButton
        input={{ contractUuid }}
        mode="modal"
        frameTimeoutMs={frameTimeoutMs}
        onError={onError}
        onClose={onClose}
      />,
      { fetch: mintAndRefuse },
    );
    const trigger = page.getByRole('button', { name: 'Contract details' });

    await userEvent.click(trigger);

    // The frame is refused: it never shakes hands, so the dialog stays loading …
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveAttribute('data-state', 'loading');
    await vi.waitUntil(() => refused.length === 1);
    expect(refused).toEqual([[new URL(minted[0] as string).pathname]]);
    // … until the launcher gives up on it and opens the page in a tab, with a fresh URL.
    const tab = await commands.waitForTab(detailPages);
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    expect(minted).toHaveLength(2);
    expect(tab).toBe(minted[1]);
    expect(await commands.inspectDocument(tab)).toMatchObject({ status: 200, framed: false, hasOpener: false });
    // The browser did fetch the refused page (and was told not to frame it); the tab's page too.
    expect((await sessionOf(minted[0] as string))?.openedAt).toEqual(expect.any(String));
    expect((await sessionOf(tab))?.openedAt).toEqual(expect.any(String));
    expect(onError).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();

    await commands.closeTabs(detailPages);
    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the frame ready after the handshake when framing is allowed, and stays in the modal', async () => {
    expect(await refuseFraming(false)).toEqual([]);
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" frameTimeoutMs={frameTimeoutMs} />);
    const trigger = page.getByRole('button', { name: 'Contract details' });

    await userEvent.click(trigger);

    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveAttribute('data-state', 'ready');
    const frame = dialog.element().querySelector('iframe') as HTMLIFrameElement;
    expect(frame.src.startsWith(detailPages)).toBe(true);
    expect(await commands.inspectDocument(frame.src)).toMatchObject({ status: 200, framed: true });
    expect(await axeViolations()).toEqual([]);
    // Past the frame timeout, nothing falls back: the page said it was ready.
    await new Promise((resolve) => setTimeout(resolve, frameTimeoutMs + 500));
    await expect.element(dialog).toHaveAttribute('data-state', 'ready');
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    expect(await commands.tabUrls()).toHaveLength(1);
  });
});

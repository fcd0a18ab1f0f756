import { ContractDetailButton } from '@esign-kit/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, recordingFetch, render, sandboxRequestCount } from './render.js';

const sandboxOrigin = inject('sandboxOrigin');
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const detailPages = `${sandboxOrigin}/pages/contract-detail/`;

afterEach(async () => {
  await cleanup();
  await commands.closeOtherTabs();
  vi.restoreAllMocks();
});

describe('ContractDetailButton in a new tab', () => {
  it('opens exactly one tab on the sandbox page, shows open, and settles closed when that tab is closed', async () => {
    const onClose = vi.fn();
    const tabsBefore = await commands.tabUrls();
    await render(<ContractDetailButton input={{ contractUuid }} onClose={onClose} />);
    const trigger = page.getByRole('button', { name: 'Contract details' });
    await expect.element(trigger).toHaveAttribute('data-state', 'idle');

    await userEvent.click(trigger);

    const url = await commands.waitForTab(detailPages);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    const tabsAfter = await commands.tabUrls();
    expect(tabsAfter).toHaveLength(tabsBefore.length + 1);
    expect(tabsAfter.filter((tab) => tab.startsWith(detailPages))).toEqual([url]);
    const tab = await commands.inspectDocument(url);
    expect(tab).toMatchObject({ status: 200, framed: false });
    // The tab was opened without `noopener` (so it could be navigated), then cut loose.
    expect(tab.hasOpener).toBe(false);
    expect(onClose).not.toHaveBeenCalled();

    await commands.closeTabs(detailPages);

    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await commands.tabUrls()).toHaveLength(tabsBefore.length);
  });

  it('mints a fresh URL when opened again after its tab was closed', async () => {
    await render(<ContractDetailButton input={{ contractUuid }} />);
    const trigger = page.getByRole('button', { name: 'Contract details' });
    await userEvent.click(trigger);
    const first = await commands.waitForTab(detailPages);
    await commands.closeTabs(detailPages);
    await expect.element(trigger).toHaveAttribute('data-state', 'settled');

    await userEvent.click(trigger);

    const second = await commands.waitForTab(detailPages);
    expect(second).not.toBe(first);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
  });

  it.each([
    ['the built-in button', false],
    ['an asChild trigger that cannot be disabled', true],
  ])('mints once and opens one tab for a double click on %s', async (_name, asChild) => {
    // A contract no other browser test opens, so the sandbox's count is this test's alone.
    const uuid = '1c03b565-4df0-41ae-b073-12d2168031cd';
    const sandboxPath = `/kit-api/v1/contracts/${uuid}/url`;
    const minted = await sandboxRequestCount(sandboxPath);
    // The mint is held until the clicks are done, so every one of them lands while minting.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const recorder = recordingFetch(async (input, init) => {
      await gate;
      return fetch(input, init);
    });
    const tabsBefore = await commands.tabUrls();
    await render(
      <ContractDetailButton input={{ contractUuid: uuid }} asChild={asChild}>
        {asChild ? (
          // biome-ignore lint/a11y/useSemanticElements: a trigger without `disabled` is the point of this case.
          <span role="button" tabIndex={0}>
            Contract details
          </span>
        ) : undefined}
      </ContractDetailButton>,
      { fetch: recorder.fetch },
    );
    const trigger = page.getByRole('button', { name: 'Contract details' });

    await userEvent.dblClick(trigger);
    // Playwright's double click may reach the handler once; two clicks within one task surely twice.
    (trigger.element() as HTMLElement).click();
    (trigger.element() as HTMLElement).click();

    await expect.element(trigger).toHaveAttribute('data-state', 'minting');
    expect(await commands.tabUrls()).toHaveLength(tabsBefore.length + 1); // one placeholder
    release();
    await commands.waitForTab(detailPages);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    expect(recorder.requests.map((request) => request.path)).toEqual([`/api/esign/contracts/${uuid}/url`]);
    expect(await sandboxRequestCount(sandboxPath)).toBe(minted + 1);
    expect(await commands.tabUrls()).toHaveLength(tabsBefore.length + 1);
  });

  it('shows the popup-blocked message and a plain link to the minted URL when the browser refuses the tab', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const onError = vi.fn();
    const recorder = recordingFetch();
    const tabsBefore = await commands.tabUrls();
    await render(<ContractDetailButton input={{ contractUuid }} onError={onError} />, { fetch: recorder.fetch });
    const trigger = page.getByRole('button', { name: 'Contract details' });

    await userEvent.click(trigger);

    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent('The browser blocked the new tab. Use the link below.');
    await expect.element(trigger).toHaveAttribute('data-state', 'error');
    expect(open).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'popup_blocked' }));
    const link = page.getByRole('link', { name: 'Open the page' }).element() as HTMLAnchorElement;
    expect(link.dataset.esignKitPart).toBe('link');
    const minted = (await recorder.requests[0]?.answer) as { data: { url: string } };
    expect(link.href).toBe(minted.data.url);
    expect(link.href.startsWith(detailPages)).toBe(true);
    expect(link.target).toBe('_blank');
    expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    expect(await commands.tabUrls()).toHaveLength(tabsBefore.length);

    // The link is a real link: following it opens the sandbox's page, without the app as opener.
    await userEvent.click(link);
    expect(await commands.inspectDocument(await commands.waitForTab(link.href))).toMatchObject({
      status: 200,
      hasOpener: false,
    });
  });
});

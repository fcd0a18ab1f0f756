import { UseTemplateButton, useContracts } from '@esign-kit/react';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { axeViolations } from './axe.js';
import { cleanup, render } from './render.js';

const sandboxOrigin = inject('sandboxOrigin');
const usePages = `${sandboxOrigin}/pages/template-use/`;
/** The seed's 근로계약서: roles 회사 and 근로자, and a request may name only some of them. */
const templateKey = 6001;

afterEach(async () => {
  await cleanup();
  await commands.closeOtherTabs();
});

/** A contract title no other test uses: the list below shows only this test's contract. */
const uniqueTitle = () => `완료 확인 ${crypto.randomUUID().slice(0, 8)}`;

/** The app's list of contracts with that title, from `GET contracts` through the proxy. */
function ContractList({ title }: { title: string }) {
  const { data } = useContracts({ title });
  if (!data) return <p>Loading contracts</p>;
  return (
    <section aria-label="Contracts">
      <p>{data.total} contracts</p>
      <ul>
        {data.contracts.map((contract) => (
          <li key={contract.uuid} data-status={contract.signature?.status}>
            {contract.title}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The use-template button, pre-filling the page so that submitting it as it is makes a request. */
function App({
  title,
  mode,
  onComplete,
  onClose,
}: {
  title: string;
  mode: 'tab' | 'modal';
  onComplete: () => void;
  onClose: () => void;
}) {
  return (
    <>
      <UseTemplateButton
        mode={mode}
        input={{
          templateKey,
          input: {
            defaultValue: {
              contract: { title },
              signature: {
                participants: [{ role: '회사', name: '박회사', send: 'EMAIL', email: 'hr@company.example' }],
              },
            },
          },
        }}
        onComplete={onComplete}
        onClose={onClose}
      >
        Use the template
      </UseTemplateButton>
      <ContractList title={title} />
    </>
  );
}

async function renderApp(mode: 'tab' | 'modal') {
  // The proxy trusts this origin for POSTs and successUrl (see globalSetup): a moved port shows here.
  expect(location.origin).toBe(inject('appOrigin'));
  const title = uniqueTitle();
  const onComplete = vi.fn();
  const onClose = vi.fn();
  await render(<App title={title} mode={mode} onComplete={onComplete} onClose={onClose} />);
  // The list has loaded, empty: what it shows later comes from a refetch, not the first load.
  await expect.element(page.getByText('0 contracts')).toBeVisible();
  return { title, onComplete, onClose, trigger: page.getByRole('button', { name: 'Use the template' }) };
}

describe('UseTemplateButton completes through the return page', () => {
  it('in a tab: the sandbox page is submitted, the return page reports it, the launcher settles and the list refetches', async () => {
    const { title, onComplete, onClose, trigger } = await renderApp('tab');

    await userEvent.click(trigger);
    const tab = await commands.waitForTab(usePages);
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    expect(await commands.inspectDocument(tab)).toMatchObject({ status: 200, framed: false, hasOpener: false });

    await commands.clickInTab(usePages, 'button[type="submit"]');

    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    // Refetched without a reload: the contract the page created, its signature requested.
    await expect.element(page.getByText('1 contracts')).toBeVisible();
    await expect.element(page.getByRole('listitem')).toHaveTextContent(title);
    expect(page.getByRole('listitem').element().getAttribute('data-status')).toBe('WAITING');
    // The launcher closed the tab it opened (the return page was its last stop).
    await expect.poll(() => commands.tabUrls()).toHaveLength(1);
  });

  it('in a modal: the framed page is submitted, the frame reaches the return page, the dialog closes and the list refetches', async () => {
    const { title, onComplete, onClose, trigger } = await renderApp('modal');

    await userEvent.click(trigger);
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveAttribute('data-state', 'ready');
    const framed = dialog.element().querySelector('iframe') as HTMLIFrameElement;
    // The frame is cross-origin: its DOM is out of this page's reach, so ask the browser about it.
    expect(await commands.inspectDocument(framed.src)).toMatchObject({ status: 200, framed: true, hasOpener: false });
    expect(framed.src.startsWith(usePages)).toBe(true);
    expect(await axeViolations()).toEqual([]);

    // Submit as a keyboard user would: Enter in the pre-filled title field submits its form.
    // (Playwright's pointer clicks miss inside a cross-origin frame nested in Vitest's own frame.)
    const frame = page.frameLocator(page.elementLocator(framed));
    await frame.getByRole('textbox', { name: '계약서 제목 · Contract title *' }).click();
    await userEvent.keyboard('{Enter}');

    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    await expect.element(page.getByText('1 contracts')).toBeVisible();
    await expect.element(page.getByRole('listitem')).toHaveTextContent(title);
    expect(await commands.tabUrls()).toHaveLength(1);
  });

  it('moved from the modal to a tab: says so (not "closed"), and completion still comes from the tab', async () => {
    const { title, onComplete, onClose, trigger } = await renderApp('modal');

    await userEvent.click(trigger);
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveAttribute('data-state', 'ready');
    await userEvent.click(page.getByRole('button', { name: 'Open in a new tab' }));

    const tab = await commands.waitForTab(usePages);
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(trigger).toHaveAttribute('data-state', 'open');
    const note = page.getByRole('status').filter({ hasText: 'The page moved to a new tab.' });
    await expect.element(note).toHaveAttribute('data-status', 'moved-to-tab');
    expect(onClose).not.toHaveBeenCalled();
    expect(await commands.inspectDocument(tab)).toMatchObject({ status: 200, framed: false, hasOpener: false });

    await commands.clickInTab(usePages, 'button[type="submit"]');

    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    await expect.element(note).not.toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    await expect.element(page.getByText('1 contracts')).toBeVisible();
    await expect.element(page.getByRole('listitem')).toHaveTextContent(title);
    await expect.poll(() => commands.tabUrls()).toHaveLength(1);
  });

  it('in a tab: closing the page without submitting settles closed, and nothing was created', async () => {
    const { onComplete, onClose, trigger } = await renderApp('tab');

    await userEvent.click(trigger);
    await commands.waitForTab(usePages);
    await commands.closeTabs(usePages);

    await expect.element(trigger).toHaveAttribute('data-state', 'settled');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onComplete).not.toHaveBeenCalled();
    await expect.element(page.getByText('0 contracts')).toBeVisible();
  });
});

import { ContractDetailButton } from '@esign-kit/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { cleanup, render } from './render.js';

const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
/** A well-formed UUID the sandbox does not know: the real proxy answers its 404. */
const unknownContract = '00000000-0000-4000-8000-000000000000';
const hangul = /[\u3131-\uD79D]/;

afterEach(async () => {
  await cleanup();
  await commands.closeOtherTabs();
  vi.restoreAllMocks();
});

const texts = {
  ko: {
    trigger: '계약서 상세',
    dialog: '프릭스 계약서 상세',
    loading: '페이지를 여는 중…',
    openInNewTab: '새 탭에서 열기',
    close: '닫기',
    popupBlocked: '브라우저가 새 탭을 막았습니다. 아래 링크로 여세요.',
    openLink: '페이지 열기',
    movedToTab: '페이지를 새 탭으로 옮겼습니다.',
    urlRejected:
      'https://evil.example의 페이지는 허용되지 않아 열지 않았습니다. 맞는 주소라면 allowedOrigins(EsignKitProvider의 pages)에 추가하세요.',
  },
  en: {
    trigger: 'Contract details',
    dialog: 'Prix Contract details',
    loading: 'Opening the page…',
    openInNewTab: 'Open in a new tab',
    close: 'Close',
    popupBlocked: 'The browser blocked the new tab. Use the link below.',
    openLink: 'Open the page',
    movedToTab: 'The page moved to a new tab.',
    urlRejected:
      "The page was not opened: https://evil.example is not allowed. If it is the right address, add it to allowedOrigins (EsignKitProvider's pages).",
  },
} as const;

describe.each(['ko', 'en'] as const)('in %s', (locale) => {
  const text = texts[locale];

  it('names the trigger and the dialog, its buttons, its frame and its loading state', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" />, {
      locale,
      fetch: async (input, init) => {
        await gate;
        return fetch(input, init);
      },
    });

    await userEvent.click(page.getByRole('button', { name: text.trigger, exact: true }));

    const dialog = page.getByRole('dialog', { name: text.dialog, exact: true });
    await expect.element(dialog).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent(text.loading);
    await expect.element(page.getByRole('button', { name: text.openInNewTab, exact: true })).toBeVisible();
    await expect.element(page.getByRole('button', { name: text.close, exact: true })).toBeVisible();
    release();
    await expect.element(dialog).toHaveAttribute('data-state', 'ready');
    expect(dialog.element().querySelector('iframe')?.title).toBe(text.dialog);
  });

  it('says the page moved to a new tab when opened there from the dialog', async () => {
    await render(<ContractDetailButton input={{ contractUuid }} mode="modal" />, { locale });
    await userEvent.click(page.getByRole('button', { name: text.trigger, exact: true }));
    await expect.element(page.getByRole('dialog')).toHaveAttribute('data-state', 'ready');

    await userEvent.click(page.getByRole('button', { name: text.openInNewTab, exact: true }));

    await expect.element(page.getByRole('status')).toHaveTextContent(text.movedToTab);
    expect(page.getByRole('status').element().textContent).toBe(text.movedToTab);
  });

  it('says a popup was blocked, with a link to follow', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    await render(<ContractDetailButton input={{ contractUuid }} />, { locale });

    await userEvent.click(page.getByRole('button', { name: text.trigger, exact: true }));

    await expect.element(page.getByRole('alert')).toHaveTextContent(text.popupBlocked);
    await expect.element(page.getByRole('link', { name: text.openLink, exact: true })).toBeVisible();
  });

  it('says a refused page URL was not opened, naming its origin and the setting to change', async () => {
    await render(<ContractDetailButton input={{ contractUuid }} />, {
      locale,
      fetch: async () => Response.json({ ok: true, data: { url: 'https://evil.example/page' } }),
    });

    await userEvent.click(page.getByRole('button', { name: text.trigger, exact: true }));

    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveAttribute('data-error', 'url_rejected');
    expect(alert.element().textContent).toBe(text.urlRejected);
  });

  it('shows the proxy’s refusal in the same language', async () => {
    const onError = vi.fn();
    await render(<ContractDetailButton input={{ contractUuid: unknownContract }} onError={onError} />, { locale });

    await userEvent.click(page.getByRole('button', { name: text.trigger, exact: true }));

    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveAttribute('data-error', 'mint_failed');
    const message = alert.element().textContent ?? '';
    expect(message).not.toBe('');
    expect(hangul.test(message)).toBe(locale === 'ko');
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'mint_failed', cause: expect.objectContaining({ status: 404 }) }),
    );
  });
});

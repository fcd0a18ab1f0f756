import { PageDialog, pageLabels } from '@esign-kit/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations } from './axe.js';
import { cleanup, render } from './render.js';

afterEach(cleanup);

function Harness({ onClose, locale = 'en' }: { onClose?: () => void; locale?: 'ko' | 'en' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open contract
      </button>
      <a href="#elsewhere">A link behind the dialog</a>
      {open ? (
        <PageDialog
          url="about:blank"
          title="Prix Contract details"
          labels={pageLabels[locale]}
          frameState="ready"
          onClose={() => {
            onClose?.();
            setOpen(false);
          }}
          onOpenInTab={() => {}}
          onFrame={() => {}}
          onFrameLoad={() => {}}
        />
      ) : null}
    </>
  );
}

describe('PageDialog', () => {
  it('is a labelled modal dialog that takes focus, locks scrolling and makes the page behind inert', async () => {
    await render(<Harness />);
    await userEvent.click(page.getByRole('button', { name: 'Open contract' }));

    const dialog = page.getByRole('dialog', { name: 'Prix Contract details' });
    await expect.element(dialog).toBeVisible();
    expect(dialog.element().getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(dialog.element());
    expect(document.documentElement.classList.contains('esign-kit-scroll-locked')).toBe(true);
    expect(document.getElementById('app')?.hasAttribute('inert')).toBe(true);
    expect(dialog.element().querySelector('iframe')?.getAttribute('sandbox')).toContain('allow-downloads');
    expect(dialog.element().querySelector('iframe')?.getAttribute('referrerpolicy')).toBe(
      'strict-origin-when-cross-origin',
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    await render(<Harness />);
    await userEvent.click(page.getByRole('button', { name: 'Open contract' }));
    const dialog = page.getByRole('dialog').element();
    const visited = new Set<Element | null>();
    for (let step = 0; step < 6; step++) {
      await userEvent.keyboard('{Tab}');
      visited.add(document.activeElement);
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    expect(visited.size).toBeGreaterThanOrEqual(3); // two buttons and the frame
    for (let step = 0; step < 4; step++) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('goes from the dialog to its first control with Tab, and to its last with Shift+Tab', async () => {
    await render(<Harness />);
    await userEvent.click(page.getByRole('button', { name: 'Open contract' }));
    const dialog = page.getByRole('dialog').element();
    expect(document.activeElement).toBe(dialog);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(page.getByRole('button', { name: 'Open in a new tab' }).element());
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(dialog.querySelector('iframe'));
    (dialog as HTMLElement).focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(dialog.querySelector('iframe'));
  });

  it('closes on Escape, then returns focus to the trigger and undoes inert and scroll lock', async () => {
    const onClose = vi.fn();
    await render(<Harness onClose={onClose} />);
    const trigger = page.getByRole('button', { name: 'Open contract' });
    await userEvent.click(trigger);
    await expect.element(page.getByRole('dialog')).toBeVisible();

    await userEvent.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledTimes(1);
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(trigger.element());
    expect(document.getElementById('app')?.hasAttribute('inert')).toBe(false);
    expect(document.documentElement.classList.contains('esign-kit-scroll-locked')).toBe(false);
  });

  it('speaks Korean with the Korean labels', async () => {
    await render(<Harness locale="ko" />, { locale: 'ko' });
    await userEvent.click(page.getByRole('button', { name: 'Open contract' }));
    await expect.element(page.getByRole('button', { name: '새 탭에서 열기' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: '닫기' })).toBeVisible();
  });
});

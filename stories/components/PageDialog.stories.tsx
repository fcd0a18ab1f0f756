import { contractDetailUrlRoute } from '@esign-kit/core';
import { PageDialog, pageLabels, pageName } from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, within } from 'storybook/test';
import { eventually, findDialog } from '../support/play.js';

const meta = {
  title: 'Components/PageDialog',
  component: PageDialog,
  args: {
    url: undefined,
    title: pageLabels.ko.frameTitle(pageName(contractDetailUrlRoute, 'ko')),
    labels: pageLabels.ko,
    frameState: 'loading',
    onClose: fn(),
    onOpenInTab: fn(),
    onFrame: fn(),
    onFrameLoad: fn(),
  },
  argTypes: { labels: { control: false }, frameState: { control: 'inline-radio', options: ['loading', 'ready'] } },
  parameters: {
    // A modal dialog over the whole page: in the docs, each story gets a frame of its own.
    docs: {
      story: { inline: false, iframeHeight: 420 },
      description: {
        component:
          'The accessible dialog page buttons frame a hosted page in (`mode="modal"`). Exported for your own triggers built on `usePageLauncher` (see Hooks/Generic). Labelled, focus trapped and returned, Escape closes, background inert, scroll locked; always offers “open in a new tab”.',
      },
    },
  },
} satisfies Meta<typeof PageDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  play: async ({ args }) => {
    const dialog = await findDialog('프릭스 계약서 상세');
    await expect(dialog).toHaveAttribute('aria-busy', 'true');
    await expect(within(dialog).getByRole('status')).toHaveTextContent('페이지를 여는 중…');
    await expect(dialog.querySelector('iframe')).toBeNull();
    await expect(args.onFrame).not.toHaveBeenCalled();
  },
};

export const KeyboardAndButtons: Story = {
  name: 'Keyboard: focus trapped, Escape closes',
  play: async ({ args, userEvent }) => {
    const dialog = await findDialog('프릭스 계약서 상세');
    const openInTab = within(dialog).getByRole('button', { name: '새 탭에서 열기' });
    const close = within(dialog).getByRole('button', { name: '닫기' });
    // Focus moves in once the dialog has mounted (an effect, after React commits: in a production
    // build the play function can start before it runs), then Tab cycles between its own controls.
    await eventually(() => expect(dialog.contains(document.activeElement)).toBe(true));
    for (let step = 0; step < 4; step++) {
      await userEvent.tab();
      await expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.click(openInTab);
    await expect(args.onOpenInTab).toHaveBeenCalledTimes(1);
    await userEvent.click(close);
    await expect(args.onClose).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalledTimes(2);
  },
};

export const English: Story = {
  name: 'Labels: English',
  args: { labels: pageLabels.en, title: pageLabels.en.frameTitle(pageName(contractDetailUrlRoute, 'en')) },
  play: async () => {
    const dialog = await findDialog('Prix Contract details');
    await expect(within(dialog).getByRole('button', { name: 'Open in a new tab' })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toBeVisible();
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Opening the page…');
  },
};

export const Unstyled: Story = {
  name: 'Theme: unstyled',
  globals: { theme: 'unstyled' },
  play: async () => {
    const dialog = await findDialog('프릭스 계약서 상세');
    await expect(getComputedStyle(dialog.parentElement as HTMLElement).position).toBe('static');
    await expect(screen.getByRole('button', { name: '닫기' })).toHaveAttribute('data-esign-kit-part', 'close');
  },
};

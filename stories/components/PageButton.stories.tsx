import { contractDetailUrl, legacyContractFormUrl } from '@esign-kit/core/server';
import { PageButton } from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen } from 'storybook/test';
import { closeStoryTabs, eventually, expectState, findDialog, stackOf } from '../support/play.js';
import { seed } from '../support/seed.js';

const meta = {
  title: 'Components/PageButton',
  component: PageButton,
  args: {
    operation: contractDetailUrl,
    input: { contractUuid: seed.mou.contractUuid },
    onComplete: fn(),
    onClose: fn(),
    onError: fn(),
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['tab', 'modal'] },
    operation: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The generic trigger behind every page button: any page-URL operation (`kind: 'page-url'`) with its input. The named buttons (`ContractDetailButton`, …) are this with the input as props. Each of them has the full set of scenarios; these show what only the generic one does.",
      },
    },
  },
} satisfies Meta<typeof PageButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: '계약서 상세' })).toHaveAttribute('data-state', 'idle');
  },
};

export const OwnText: Story = {
  name: 'Own text (children)',
  args: { children: '상세 보기', mode: 'modal' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: '상세 보기' }));
    // The dialog is titled after the page, whatever the trigger says.
    const dialog = await findDialog('프릭스 계약서 상세');
    await expectState(dialog, 'ready');
    await userEvent.keyboard('{Escape}');
    await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  },
};

export const AsChild: Story = {
  name: 'asChild: your own element as the trigger',
  args: {
    asChild: true,
    mode: 'modal',
    className: 'from-the-app',
    children: (
      <button type="button" className="link-look">
        계약서 열기
      </button>
    ),
  },
  play: async ({ canvas, userEvent }) => {
    const link = canvas.getByRole('button', { name: '계약서 열기' });
    await expect(link).toHaveClass('link-look');
    await expect(link).toHaveClass('from-the-app');
    await expect(link).toHaveAttribute('data-esign-kit-part', 'trigger');
    await userEvent.click(link);
    const dialog = await findDialog('프릭스 계약서 상세');
    await expectState(dialog, 'ready');
    await expect(link).toHaveAttribute('data-state', 'open');
    await userEvent.keyboard('{Escape}');
    await expectState(link, 'settled');
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas, userEvent, args }) => {
    const trigger = canvas.getByRole('button', { name: '계약서 상세' });
    await expect(trigger).toBeDisabled();
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute('data-state', 'idle');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

export const LegacyOperation: Story = {
  name: 'Any page operation: the deprecated contract form (new tab)',
  args: { operation: legacyContractFormUrl, input: { customerId: seed.customers.partner }, mode: 'tab' },
  play: async (context) => {
    const trigger = context.canvas.getByRole('button', { name: '계약서 등록' });
    await expect(trigger).toHaveAttribute('data-state', 'idle');
    if (!closeStoryTabs) return; // In the Storybook UI, click it: the page opens in a new tab.
    await context.userEvent.click(trigger);
    await expectState(trigger, 'open');
    await closeStoryTabs(stackOf(context));
    await expectState(trigger, 'settled');
  },
};

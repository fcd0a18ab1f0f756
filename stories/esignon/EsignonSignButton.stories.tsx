import { closeTabs } from 'virtual:esign-kit/test-commands';
import { EsignonSignButton } from '@esign-kit/react/esignon';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { eventually, recordTabs, stackOf } from '../support/play.js';
import { StartedWorkflow, signAs, startContract, WorkflowStatus } from './esignonFixture.js';

/** The button beside the workflow it signs: what an app's contract screen shows. */
function SignDemo({ follow, ...props }: { mode?: 'tab' | 'modal'; onSettled?: () => void; follow?: boolean }) {
  return (
    <StartedWorkflow>
      {(workflowId) => (
        <>
          <WorkflowStatus workflowId={workflowId} follow={follow} />
          <EsignonSignButton workflowId={workflowId} {...props} />
        </>
      )}
    </StartedWorkflow>
  );
}

const meta = {
  title: 'Components/EsignonSignButton',
  component: SignDemo,
  args: { onSettled: fn() },
  argTypes: { mode: { control: 'inline-radio', options: ['tab', 'modal'] } },
  parameters: {
    docs: {
      description: {
        component:
          "Opens the current signer's eSignon page (`@esign-kit/react/esignon`, minted at the click from `GET esignon/workflows/{workflowId}/signing-url`) in a new tab. While the page is open the workflow is read every 2 s; when a read shows it moved on (the callback reached the proxy), the button says so, calls `onSettled` and closes the tab. A message from the page is only a hint to read now. Press the start button first: each story starts its own contract from the sandbox's template 101.",
      },
    },
  },
} satisfies Meta<typeof SignDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sandbox's signing pages are under `/esignon/mail/sign` on its origin. */
const pagePrefix = (origin: string) => `${origin}/esignon/mail/sign`;

export const Default: Story = {
  name: 'Signer 1 signs in a new tab; the callback moves the workflow to signer 2',
  play: async (context) => {
    const { canvasElement, userEvent, args } = context;
    const stack = stackOf(context);
    const canvas = within(canvasElement);
    const workflowId = await startContract(canvasElement, userEvent);
    const status = canvas.getByTestId('workflow-status');
    await expect(status).toHaveTextContent('지금 서명할 사람: 김하나');

    const button = canvas.getByRole('button', { name: '서명하기' });
    const tabs = recordTabs();
    try {
      await userEvent.click(button);
      await eventually(() => expect(button).toHaveAttribute('data-phase', 'waiting'));
      await expect(tabs.count).toBe(1);
      // The signer approves on their page (played by the sandbox); its callback reaches the proxy,
      // the button's next read sees it and closes the tab it opened.
      await signAs(stack, workflowId, 1);
      await eventually(() => expect(status).toHaveTextContent('지금 서명할 사람: 이두리'), 10_000);
      await eventually(() => expect(button).toHaveAttribute('data-phase', 'signed'));
      await expect(button).toHaveAccessibleDescription('서명이 반영되었습니다. 다음 서명자 차례입니다.');
      await expect(args.onSettled).toHaveBeenCalledTimes(1);
    } finally {
      tabs.restore();
    }
  },
};

export const English: Story = {
  name: 'English labels: the last signer completes the contract',
  globals: { locale: 'en' },
  // Signer 1 signs with no page open here: the status line reads the workflow by itself.
  args: { follow: true },
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const stack = stackOf(context);
    const canvas = within(canvasElement);
    const workflowId = await startContract(canvasElement, userEvent);
    await signAs(stack, workflowId, 1);
    const status = canvas.getByTestId('workflow-status');
    await eventually(() => expect(status).toHaveTextContent('Signing now: 이두리'), 10_000);

    const button = canvas.getByRole('button', { name: 'Sign' });
    await userEvent.click(button);
    await eventually(() => expect(button).toHaveAttribute('data-phase', 'waiting'));
    await signAs(stack, workflowId, 2);
    await eventually(() => expect(button).toHaveAttribute('data-phase', 'complete'), 10_000);
    await expect(button).toHaveAccessibleDescription('Everyone has signed.');
    await expect(status).toHaveTextContent('Complete · Signing now: nobody');
    // Nothing left to sign: the button stays focusable but does nothing.
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Returned: Story = {
  name: 'The signer returns the document (RT)',
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const stack = stackOf(context);
    const canvas = within(canvasElement);
    const workflowId = await startContract(canvasElement, userEvent);
    const button = canvas.getByRole('button', { name: '서명하기' });
    await userEvent.click(button);
    await eventually(() => expect(button).toHaveAttribute('data-phase', 'waiting'));
    await signAs(stack, workflowId, 1, 'RT');
    await eventually(() => expect(button).not.toHaveAttribute('data-phase', 'waiting'), 10_000);
    await expect(['returned', 'canceled']).toContain(button.getAttribute('data-phase'));
  },
};

export const ClosedWithoutSigning: Story = {
  name: 'The page is closed without signing: nothing changes',
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const stack = stackOf(context);
    const canvas = within(canvasElement);
    await startContract(canvasElement, userEvent);
    const button = canvas.getByRole('button', { name: '서명하기' });
    await userEvent.click(button);
    await eventually(() => expect(button).toHaveAttribute('data-phase', 'waiting'));
    // Outside the Vitest run (Storybook itself) there is no browser command to close the tab.
    if (!closeTabs) return;
    await closeTabs(pagePrefix(stack.pagesOrigin));
    await eventually(() => expect(button).toHaveAttribute('data-phase', 'closed'), 10_000);
    await expect(button).toHaveAccessibleDescription('서명 페이지를 닫았습니다. 아직 반영된 서명이 없습니다.');
    await expect(canvas.getByTestId('workflow-status')).toHaveTextContent('지금 서명할 사람: 김하나');
  },
};

import { closeTabs } from 'virtual:esign-kit/test-commands';
import { EsignonDocumentButton } from '@esign-kit/react/esignon';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { eventually, recordTabs, stackOf } from '../support/play.js';
import { StartedWorkflow, signAs, startContract, WorkflowStatus } from './esignonFixture.js';

/** A contract's two documents, offered once it is complete. */
function DocumentsDemo({ onError }: { onError?: () => void }) {
  return (
    <StartedWorkflow>
      {(workflowId) => (
        <>
          <WorkflowStatus workflowId={workflowId} follow />
          <EsignonDocumentButton workflowId={workflowId} document="signed" onError={onError} />{' '}
          <EsignonDocumentButton workflowId={workflowId} document="certificate" onError={onError} />
        </>
      )}
    </StartedWorkflow>
  );
}

const meta = {
  title: 'Components/EsignonDocumentButton',
  component: DocumentsDemo,
  args: { onError: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Opens a completed contract\'s signed document (`document="signed"`) or its audit certificate (`"certificate"`) in a new tab. eSignon\'s download URLs live 5 minutes, so each click mints a fresh one (`GET esignon/workflows/{workflowId}/download-url`); none is cached. Press the start button first: the story signs both signers through the sandbox.',
      },
    },
  },
} satisfies Meta<typeof DocumentsDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'A complete contract: each click opens a freshly minted link in a new tab',
  play: async (context) => {
    const { canvasElement, userEvent, args } = context;
    const stack = stackOf(context);
    const canvas = within(canvasElement);
    const workflowId = await startContract(canvasElement, userEvent);
    await signAs(stack, workflowId, 1);
    await signAs(stack, workflowId, 2);
    await eventually(
      () => expect(canvas.getByTestId('workflow-status')).toHaveAttribute('data-status', 'Complete'),
      10_000,
    );

    const tabs = recordTabs();
    try {
      for (const name of ['서명된 문서 받기', '감사 추적 인증서 받기']) {
        const button = canvas.getByRole('button', { name });
        await userEvent.click(button);
        await eventually(() => expect(button).not.toHaveAttribute('data-state', 'minting'));
      }
      // Two tabs, each given a link the allowlist accepted: no launch error.
      await expect(tabs.count).toBe(2);
      await expect(args.onError).not.toHaveBeenCalled();
      await expect(canvas.queryByRole('alert')).toBeNull();
    } finally {
      tabs.restore();
      // Headless Chromium downloads the PDF, leaving its tab blank: close those.
      await closeTabs?.('about:blank').catch(() => undefined);
    }
  },
};

export const English: Story = {
  name: 'English labels',
  globals: { locale: 'en' },
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    await startContract(canvasElement, userEvent);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Download the signed document' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Download the audit certificate' })).toBeVisible();
  },
};

import {
  type EsignonStartWorkflowInput,
  useCancelEsignonWorkflow,
  useEsignonWorkflow,
  useStartEsignonWorkflow,
} from '@esign-kit/react/esignon';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useDemoFormat } from '../support/format.js';
import { eventually, stackOf } from '../support/play.js';
import { employmentContract, signAs } from './esignonFixture.js';

/** A workflow read every second (`refetchInterval`), so the sandbox's callbacks show as they land. */
function Workflow({ workflowId }: { workflowId: string }) {
  const { data, error } = useEsignonWorkflow({ workflowId }, { refetchInterval: 1000 });
  const cancel = useCancelEsignonWorkflow();
  const { say } = useDemoFormat();
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>{say('불러오는 중…', 'Loading…')}</p>;
  return (
    <section aria-label={say('계약 진행', 'Progress')}>
      <p data-testid="workflow-status" data-status={data.status}>
        {data.title}: {data.status}
      </p>
      <ol aria-label={say('서명자', 'Signers')}>
        {data.signers.map((signer) => (
          <li key={signer.order}>
            {signer.name}
            {signer.turn ? ` (${say('서명할 차례', 'their turn')})` : ''}
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={cancel.isPending || data.status !== 'Playing'}
        onClick={() => cancel.mutate({ workflowId })}
      >
        {say('계약 취소', 'Cancel the contract')}
      </button>
      {cancel.error ? <p role="alert">{cancel.error.message}</p> : null}
    </section>
  );
}

/** Starts a contract (`useStartEsignonWorkflow`), then follows it (`useEsignonWorkflow`). */
function StartAndFollow({ input }: { input: EsignonStartWorkflowInput }) {
  const start = useStartEsignonWorkflow();
  const { say } = useDemoFormat();
  return (
    <div>
      <button type="button" disabled={start.isPending || start.isSuccess} onClick={() => start.mutate(input)}>
        {say('이싸인온 계약 시작', 'Start an eSignon contract')}
      </button>
      {start.error ? (
        <p role="alert" data-error-code={start.error.errorCode}>
          {start.error.message}
        </p>
      ) : null}
      {start.data ? (
        <div data-workflow-id={start.data.workflowId}>
          <p role="status">
            {say('다음 서명자', 'Next signer')}: {start.data.nextSigner?.name ?? '—'}
          </p>
          <Workflow workflowId={start.data.workflowId} />
        </div>
      ) : null}
    </div>
  );
}

const meta = {
  title: 'Hooks/eSignon',
  component: StartAndFollow,
  args: { input: employmentContract },
  parameters: {
    docs: {
      description: {
        component:
          "eSignon's hooks (`@esign-kit/react/esignon`): `useStartEsignonWorkflow` starts a contract in embed mode (one start per action: an idempotency key per `mutate`), `useEsignonWorkflow` reads it as the proxy knows it (eSignon's read merged with the latest callback), `useCancelEsignonWorkflow` cancels it and reads it again. The start answer carries the workflow id and the next signer, never a page URL.",
      },
    },
  },
} satisfies Meta<typeof StartAndFollow>;

export default meta;
type Story = StoryObj<typeof meta>;

async function start(canvasElement: HTMLElement, userEvent: { click: (element: Element) => Promise<void> }) {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: /이싸인온 계약 시작|Start an eSignon contract/ }));
  const status = await canvas.findByTestId('workflow-status', {}, { timeout: 8000 });
  const workflowId = canvasElement.querySelector('[data-workflow-id]')?.getAttribute('data-workflow-id') ?? '';
  return { canvas, status, workflowId };
}

export const StartAndCallbacks: Story = {
  name: 'useStartEsignonWorkflow + useEsignonWorkflow: callbacks move it on',
  play: async (context) => {
    const { canvasElement, userEvent } = context;
    const stack = stackOf(context);
    const { canvas, status, workflowId } = await start(canvasElement, userEvent);
    await expect(canvas.getByRole('status')).toHaveTextContent('다음 서명자: 김하나');
    await eventually(() => expect(status).toHaveTextContent('스토리북 근로계약서: Playing'));
    const signers = canvas.getByRole('list', { name: '서명자' });
    await expect(within(signers).getAllByRole('listitem')[0]).toHaveTextContent('김하나 (서명할 차례)');

    await signAs(stack, workflowId, 1);
    await eventually(
      () => expect(within(signers).getAllByRole('listitem')[1]).toHaveTextContent('이두리 (서명할 차례)'),
      10_000,
    );
    await signAs(stack, workflowId, 2);
    await eventually(() => expect(status).toHaveAttribute('data-status', 'Complete'), 10_000);
    await expect(canvas.getByRole('button', { name: '계약 취소' })).toBeDisabled();
  },
};

export const InvalidInput: Story = {
  name: 'useStartEsignonWorkflow: a title eSignon refuses is refused first, in the reader’s language',
  args: { input: { ...employmentContract, title: '근로계약서 v1.0' } },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '이싸인온 계약 시작' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveAttribute('data-error-code', 'ESIGN_KIT_INVALID_INPUT');
    await expect(canvasElement.querySelector('[data-workflow-id]')).toBeNull();
  },
};

export const Cancel: Story = {
  name: 'useCancelEsignonWorkflow',
  globals: { locale: 'en' },
  play: async ({ canvasElement, userEvent }) => {
    const { canvas, status } = await start(canvasElement, userEvent);
    await eventually(() => expect(status).toHaveAttribute('data-status', 'Playing'));
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel the contract' }));
    await eventually(() => expect(status).toHaveAttribute('data-status', 'Canceled'), 10_000);
    await expect(canvas.getByRole('button', { name: 'Cancel the contract' })).toBeDisabled();
  },
};

import {
  useCancelSignature,
  useContract,
  useCreateSignatureFromTemplate,
  useSendReminder,
  useSignatures,
  useSignatureUsage,
} from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, within } from 'storybook/test';
import { useDemoFormat } from '../support/format.js';
import { useStoryStack } from '../support/LiveContext.js';
import { eventually, type StoryStack, stackOf } from '../support/play.js';
import { Status } from '../support/Status.js';
import { seed } from '../support/seed.js';

interface RecordedReminder {
  readonly id: number;
  readonly participantUuid: string;
  readonly sendType: string;
  readonly sendAddress: string;
}

/** What the sandbox recorded (`GET /__sandbox/reminders`), refreshed on demand: Prix's side of the story. */
function RecordedReminders({ stack, version }: { stack: StoryStack; version: number }) {
  const [reminders, setReminders] = useState<RecordedReminder[] | null>(null);
  useEffect(() => {
    void version;
    void stack.control<{ reminders: RecordedReminder[] }>('reminders').then((data) => setReminders(data.reminders));
  }, [stack, version]);
  return (
    <section aria-label="샌드박스가 받은 알림">
      <h3>샌드박스가 받은 알림</h3>
      {reminders === null ? (
        <p>불러오는 중…</p>
      ) : reminders.length === 0 ? (
        <p>아직 없습니다</p>
      ) : (
        <ol>
          {reminders.map((reminder) => (
            <li key={reminder.id}>
              {reminder.sendType} → {reminder.sendAddress}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A reminder button per participant (`useSendReminder`), and what the sandbox recorded. */
function ReminderPanel() {
  const stack = useStoryStack();
  const { data } = useContract({ uuid: seed.mou.contractUuid });
  const [version, setVersion] = useState(0);
  const remind = useSendReminder({ onSettled: () => setVersion((value) => value + 1) });
  const signature = data?.contract.signature;
  return (
    <div>
      <ul aria-label="참여자">
        {signature?.participants.map((participant) => (
          <li key={participant.uuid}>
            {participant.name} <Status kind="participant" value={participant.status} />{' '}
            <button
              type="button"
              disabled={remind.isPending}
              onClick={() => remind.mutate({ signatureUuid: signature.uuid, participantUuid: participant.uuid })}
            >
              {participant.name}에게 알림 보내기
            </button>
          </li>
        ))}
      </ul>
      {remind.isSuccess ? <p role="status">{remind.data.sendAddress}(으)로 보냈습니다</p> : null}
      {remind.error ? (
        <p role="alert" data-error-code={remind.error.errorCode}>
          {remind.error.message}
        </p>
      ) : null}
      <RecordedReminders stack={stack} version={version} />
    </div>
  );
}

/** Usage counts (`useSignatureUsage`) over the list of e-signatures (`useSignatures`). */
function SignatureOverview() {
  const usage = useSignatureUsage();
  const list = useSignatures({ limit: 10 });
  const { count, say } = useDemoFormat();
  return (
    <div>
      {usage.data ? (
        <dl data-testid="usage-counts">
          <dt>{say('전체', 'All')}</dt>
          <dd>{count(usage.data.total)}</dd>
          <dt>{say('진행 중', 'In progress')}</dt>
          <dd>{count(usage.data.waiting)}</dd>
          <dt>{say('완료', 'Signed')}</dt>
          <dd>{count(usage.data.done)}</dd>
          <dt>{say('취소', 'Canceled')}</dt>
          <dd>{count(usage.data.canceled)}</dd>
        </dl>
      ) : (
        <p>불러오는 중…</p>
      )}
      <ul aria-label="전자서명 목록">
        {list.data?.data.map((signature) => (
          <li key={signature.uuid}>
            {signature.title}: <Status kind="signature" value={signature.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Cancels the MOU's e-signature (`useCancelSignature`); the contract refetches. */
function CancelPanel() {
  const { data } = useContract({ uuid: seed.mou.contractUuid });
  const cancel = useCancelSignature();
  const signature = data?.contract.signature;
  if (!signature) return <p>불러오는 중…</p>;
  return (
    <div>
      <p data-testid="signature-status">
        {signature.title}: <Status kind="signature" value={signature.status} />
      </p>
      <button
        type="button"
        disabled={cancel.isPending || signature.status === 'CANCELED'}
        onClick={() => cancel.mutate({ signatureUuid: signature.uuid })}
      >
        전자서명 취소
      </button>
      {cancel.error ? <p role="alert">{cancel.error.message}</p> : null}
    </div>
  );
}

/** Requests an e-signature from the supply template (`useCreateSignatureFromTemplate`). */
function CreateFromTemplate() {
  const create = useCreateSignatureFromTemplate();
  const usage = useSignatureUsage();
  return (
    <div>
      <p data-testid="usage">전자서명 {usage.data?.total ?? '…'}건</p>
      <button
        type="button"
        disabled={create.isPending}
        onClick={() =>
          create.mutate({
            templateKey: seed.templates.supply.id,
            input: {
              title: '스토리북 공급계약',
              participants: [
                { role: '갑', input: { name: '김갑', email: 'gap@example.com', auth: 'EMAIL', send: 'EMAIL' } },
                { role: '을', input: { name: '이을', email: 'eul@example.com', auth: 'EMAIL', send: 'EMAIL' } },
              ],
              items: [{ id: 231, contents: '1,000,000원' }],
            },
          })
        }
      >
        공급계약 전자서명 요청
      </button>
      {create.data ? (
        <p role="status">
          요청했습니다: {create.data.signature.title} (
          <Status kind="signature" value={create.data.signature.status} />) ·{' '}
          {create.data.signature.participants.map((participant) => participant.name).join(', ')}
        </p>
      ) : null}
      {create.error ? (
        <p role="alert" data-error-code={create.error.errorCode}>
          {create.error.message}
        </p>
      ) : null}
    </div>
  );
}

const meta = {
  title: 'Hooks/Signatures',
  parameters: {
    docs: {
      description: {
        component:
          'E-signature hooks: `useSignatures`, `useSignatureUsage`, `useSendReminder`, `useCancelSignature` and `useCreateSignatureFromTemplate`. Mutations refetch exactly the queries they make stale; the sandbox records what Prix would have sent.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const UseSendReminder: Story = {
  name: 'useSendReminder: what the sandbox recorded',
  render: () => <ReminderPanel />,
  play: async (context) => {
    const { canvas, userEvent } = context;
    const recorded = canvas.getByRole('region', { name: '샌드박스가 받은 알림' });
    await eventually(() => expect(recorded).toHaveTextContent('아직 없습니다'));
    const button = await canvas.findByRole('button', { name: '김지원에게 알림 보내기' }, { timeout: 5000 });
    // A double click sends one reminder: identical mutations in flight are joined.
    await userEvent.dblClick(button);
    await expect(await canvas.findByRole('status')).toHaveTextContent('test@prix.im(으)로 보냈습니다');
    await eventually(() => expect(within(recorded).getAllByRole('listitem')).toHaveLength(1));
    await expect(within(recorded).getByRole('listitem')).toHaveTextContent('EMAIL → test@prix.im');
    const { reminders } = await stackOf(context).control<{ reminders: RecordedReminder[] }>('reminders');
    await expect(reminders).toEqual([expect.objectContaining({ participantUuid: seed.mou.emailParticipantUuid })]);
  },
};

export const UseSendReminderRateLimited: Story = {
  name: 'useSendReminder: rate limited by the proxy',
  render: () => <ReminderPanel />,
  play: async ({ canvas, userEvent }) => {
    const button = await canvas.findByRole('button', { name: '김지원에게 알림 보내기' }, { timeout: 5000 });
    // The proxy allows 5 reminders per participant per hour; the sixth is refused before Prix.
    for (let sent = 1; sent <= 5; sent++) {
      await userEvent.click(button);
      await eventually(() =>
        expect(
          within(canvas.getByRole('region', { name: '샌드박스가 받은 알림' })).queryAllByRole('listitem'),
        ).toHaveLength(sent),
      );
    }
    await userEvent.click(button);
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveAttribute('data-error-code', 'ESIGN_KIT_RATE_LIMITED');
    await expect(
      within(canvas.getByRole('region', { name: '샌드박스가 받은 알림' })).getAllByRole('listitem'),
    ).toHaveLength(5);
  },
};

export const UseSignatures: Story = {
  name: 'useSignatures + useSignatureUsage',
  render: () => <SignatureOverview />,
  play: async ({ canvas }) => {
    const usage = await canvas.findByTestId('usage-counts', {}, { timeout: 5000 });
    await expect(usage).toHaveTextContent('전체4진행 중2완료1취소1');
    await eventually(() =>
      expect(within(canvas.getByRole('list', { name: '전자서명 목록' })).getAllByRole('listitem')).toHaveLength(4),
    );
  },
};

export const UseCancelSignature: Story = {
  name: 'useCancelSignature',
  render: () => <CancelPanel />,
  play: async ({ canvas, userEvent }) => {
    const status = await canvas.findByTestId('signature-status', {}, { timeout: 5000 });
    await expect(status).toHaveTextContent('서명 대기');
    await userEvent.click(canvas.getByRole('button', { name: '전자서명 취소' }));
    // Canceled in the sandbox; the contract that shows it refetched.
    await eventually(() => expect(status).toHaveTextContent('취소됨'));
    await expect(canvas.getByRole('button', { name: '전자서명 취소' })).toBeDisabled();
  },
};

export const UseCreateSignatureFromTemplate: Story = {
  name: 'useCreateSignatureFromTemplate',
  render: () => <CreateFromTemplate />,
  play: async ({ canvas, userEvent }) => {
    await eventually(() => expect(canvas.getByTestId('usage')).toHaveTextContent('전자서명 4건'));
    await userEvent.click(canvas.getByRole('button', { name: '공급계약 전자서명 요청' }));
    await expect(await canvas.findByRole('status', {}, { timeout: 5000 })).toHaveTextContent(
      '요청했습니다: 스토리북 공급계약',
    );
    await eventually(() => expect(canvas.getByTestId('usage')).toHaveTextContent('전자서명 5건'));
  },
};

export const UseCreateSignatureFromTemplateError: Story = {
  name: 'useCreateSignatureFromTemplate: vendor error',
  parameters: {
    esignKit: {
      stack: { failNext: [{ operationId: 'templates.createSignature', errorCode: 'FAILED_CREATE_CONTRACT' }] },
    },
  },
  render: () => <CreateFromTemplate />,
  play: async ({ canvas, userEvent }) => {
    await eventually(() => expect(canvas.getByTestId('usage')).toHaveTextContent('전자서명 4건'));
    await userEvent.click(canvas.getByRole('button', { name: '공급계약 전자서명 요청' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveAttribute('data-error-code', 'FAILED_CREATE_CONTRACT');
  },
};

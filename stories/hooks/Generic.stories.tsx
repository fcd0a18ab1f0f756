import { contractDetailUrl, getContract, sendReminder } from '@esign-kit/core/server';
import {
  PageDialog,
  pageLabels,
  pageName,
  useEsignClient,
  useEsignMutation,
  useEsignQuery,
  usePageLauncher,
} from '@esign-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, within } from 'storybook/test';
import { useDemoFormat } from '../support/format.js';
import { eventually, expectState, findDialog, stackOf } from '../support/play.js';
import { seed } from '../support/seed.js';

/** Any query operation, typed from its definition: here the deprecated `getContract`. */
function GenericQuery() {
  const f = useDemoFormat();
  const { data, error } = useEsignQuery(getContract, { contractUuid: seed.mou.contractUuid });
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <p data-testid="generic-query">
      {data
        ? `${data.contract.title} · ${f.status('contract', data.contract.status)}`
        : f.say('불러오는 중…', 'Loading…')}
    </p>
  );
}

/** Any mutation operation: `sendReminder` through `useEsignMutation`. */
function GenericMutation() {
  const f = useDemoFormat();
  const remind = useEsignMutation(sendReminder);
  return (
    <div>
      <button
        type="button"
        disabled={remind.isPending}
        onClick={() =>
          remind.mutate({
            signatureUuid: seed.mou.signatureUuid,
            participantUuid: seed.mou.emailParticipantUuid,
          })
        }
      >
        {f.say('알림 다시 보내기', 'Send the reminder again')}
      </button>
      {remind.data ? (
        <p role="status">{f.say(`보낸 곳: ${remind.data.sendAddress}`, `Sent to ${remind.data.sendAddress}`)}</p>
      ) : null}
    </div>
  );
}

/** Your own trigger and your own dialog around `usePageLauncher`, with the package's `PageDialog`. */
/** The launcher's states as a reader would name them. */
const launcherStates = {
  idle: ['대기', 'Ready'],
  minting: ['여는 중', 'Opening'],
  open: ['열림', 'Open'],
  settled: ['끝남', 'Done'],
  error: ['오류', 'Error'],
} as const;

function CustomLauncher() {
  const f = useDemoFormat();
  const client = useEsignClient();
  const labels = pageLabels[client.locale];
  const title = labels.frameTitle(pageName(contractDetailUrl, client.locale));
  const page = usePageLauncher(contractDetailUrl, { contractUuid: seed.mou.contractUuid }, { mode: 'modal' });
  const { snapshot } = page;
  const dialogOpen = (snapshot.status === 'minting' || snapshot.status === 'open') && snapshot.mode === 'modal';
  return (
    <div>
      <button
        type="button"
        className="my-link-button"
        data-state={snapshot.status}
        aria-busy={snapshot.status === 'minting'}
        onClick={page.open}
      >
        {f.say('계약서 보기 →', 'View the contract →')}
      </button>
      <p role="status" data-state={snapshot.status}>
        {f.say('상태', 'State')}: {f.say(launcherStates[snapshot.status][0], launcherStates[snapshot.status][1])}
      </p>
      {dialogOpen ? (
        <PageDialog
          url={snapshot.status === 'open' ? snapshot.url : undefined}
          title={title}
          labels={labels}
          frameState={snapshot.status === 'open' && snapshot.mode === 'modal' ? snapshot.frame : 'loading'}
          onClose={page.close}
          onOpenInTab={page.openInTab}
          onFrame={page.launcher.setFrame}
          onFrameLoad={page.launcher.frameLoaded}
        />
      ) : null}
    </div>
  );
}

const meta = {
  title: 'Hooks/Generic',
  parameters: {
    docs: {
      description: {
        component:
          '`useEsignQuery` and `useEsignMutation` take any operation (a built-in one, or one you describe with `defineOperation` and allow in the proxy); `usePageLauncher` gives a page launch to your own trigger and dialog; `useEsignClient` is the provider’s client.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const UseEsignQuery: Story = {
  name: 'useEsignQuery(getContract)',
  render: () => <GenericQuery />,
  play: async ({ canvas }) => {
    await eventually(() =>
      expect(canvas.getByTestId('generic-query')).toHaveTextContent(`${seed.mou.title} · 진행 중`),
    );
  },
};

export const UseEsignMutation: Story = {
  name: 'useEsignMutation(sendReminder)',
  render: () => <GenericMutation />,
  play: async (context) => {
    await context.userEvent.click(context.canvas.getByRole('button', { name: '알림 다시 보내기' }));
    await expect(await context.canvas.findByRole('status', {}, { timeout: 5000 })).toHaveTextContent(
      `보낸 곳: ${seed.mou.emailParticipantAddress}`,
    );
    const { reminders } = await stackOf(context).control<{ reminders: { sendAddress: string }[] }>('reminders');
    await expect(reminders.map((reminder) => reminder.sendAddress)).toEqual([seed.mou.emailParticipantAddress]);
  },
};

export const UsePageLauncher: Story = {
  name: 'usePageLauncher: your own trigger and dialog',
  render: () => <CustomLauncher />,
  play: async ({ canvas, userEvent }) => {
    const trigger = canvas.getByRole('button', { name: '계약서 보기 →' });
    await userEvent.click(trigger);
    const dialog = await findDialog('프릭스 계약서 상세');
    await expectState(dialog, 'ready');
    await expect(canvas.getByRole('status')).toHaveTextContent('상태: 열림');
    await userEvent.click(within(dialog).getByRole('button', { name: '닫기' }));
    await eventually(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(canvas.getByRole('status')).toHaveTextContent('상태: 끝남');
    await expect(trigger).toHaveFocus();
  },
};

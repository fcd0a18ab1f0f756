import { ParticipantLinkButton } from '@esign-kit/react';
import type { Meta } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn } from 'storybook/test';
import { ContractStatus } from '../support/companions.js';
import { type PageStory, pageScenarios } from '../support/pageScenarios.js';
import { eventually } from '../support/play.js';
import { seed } from '../support/seed.js';

const meta = {
  title: 'Components/ParticipantLinkButton',
  component: ParticipantLinkButton,
  args: {
    input: { signatureUuid: seed.mou.signatureUuid, participantUuid: seed.mou.emailParticipantUuid },
    onComplete: fn(),
    onClose: fn(),
    onError: fn(),
  },
  argTypes: { mode: { control: 'inline-radio', options: ['tab', 'modal'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Opens one participant’s signing page (`GET signatures/{signatureUuid}/link`; Prix answers `data.link`). Pass `participantUuid`, or `facilitatorUuid` for an in-person signing. Settles when closed; the contract is refetched.',
      },
    },
  },
} satisfies Meta<typeof ParticipantLinkButton>;

export default meta;
type Props = ComponentProps<typeof ParticipantLinkButton>;

const scenarios = pageScenarios<Props>({
  component: ParticipantLinkButton,
  name: { ko: '전자서명 참여', en: 'Signing page' },
  operationId: 'signatures.link',
  vendorError: {
    errorCode: 'INVALID_SIGNATURE_PARTICIPANT_UUID',
    message: '참여자 식별값이 올바르지 않습니다.',
    args: { input: { signatureUuid: seed.mou.signatureUuid, participantUuid: seed.unknownUuid } },
  },
  completion: {
    kind: 'close',
    submit: true,
    fields: { identity: seed.mou.emailParticipantAddress },
    button: 'sign',
    companion: () => <ContractStatus uuid={seed.mou.contractUuid} />,
    async verify(_stack, { canvas }) {
      // 김지원 signed on the page; closing it refetched the contract: 박서준 is next.
      await eventually(() => expect(canvas.getByTestId('contract-status')).toHaveTextContent('김지원 DONE'));
    },
  },
});

export const Default: PageStory<Props> = scenarios.Default;
export const Modal: PageStory<Props> = scenarios.Modal;
export const Tab: PageStory<Props> = scenarios.Tab;
export const Korean: PageStory<Props> = scenarios.Korean;
export const English: PageStory<Props> = scenarios.English;
export const DefaultTheme: PageStory<Props> = scenarios.DefaultTheme;
export const Unstyled: PageStory<Props> = { ...scenarios.Unstyled, tags: ['!autodocs'] };
export const Loading: PageStory<Props> = scenarios.Loading;
export const PopupBlocked: PageStory<Props> = scenarios.PopupBlocked;
export const FrameRefused: PageStory<Props> = scenarios.FrameRefused;
export const FrameRefusedFallsBackToTab: PageStory<Props> = scenarios.FrameRefusedFallsBackToTab;
export const Unauthorized: PageStory<Props> = scenarios.Unauthorized;
export const VendorError: PageStory<Props> = scenarios.VendorError;
export const Completed: PageStory<Props> = scenarios.Completed;

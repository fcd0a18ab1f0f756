import { ContractSignatureButton } from '@esign-kit/react';
import type { Meta } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn } from 'storybook/test';
import { ContractStatus } from '../support/companions.js';
import { type PageStory, pageScenarios } from '../support/pageScenarios.js';
import { eventually } from '../support/play.js';
import { seed } from '../support/seed.js';

const meta = {
  title: 'Components/ContractSignatureButton',
  component: ContractSignatureButton,
  args: { input: { contractUuid: seed.unsigned.contractUuid }, onComplete: fn(), onClose: fn(), onError: fn() },
  argTypes: { mode: { control: 'inline-radio', options: ['tab', 'modal'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Opens the page that requests an e-signature on a contract registered without one (`GET contracts/{contractUuid}/signature-url`). Settles when closed; the contract is refetched.',
      },
    },
  },
} satisfies Meta<typeof ContractSignatureButton>;

export default meta;
type Props = ComponentProps<typeof ContractSignatureButton>;

const scenarios = pageScenarios<Props>({
  component: ContractSignatureButton,
  name: { ko: '전자서명 요청', en: 'Request e-signature' },
  operationId: 'contracts.signatureUrl',
  vendorError: {
    errorCode: 'FORBIDDEN_USER',
    message: '이 계약서에 접근할 권한이 API 멤버에게 없습니다.',
    stack: { failNext: [{ operationId: 'contracts.signatureUrl', errorCode: 'FORBIDDEN_USER' }] },
  },
  completion: {
    kind: 'close',
    submit: true,
    fields: {
      'participant-0-name': '김임대',
      'participant-0-email': 'landlord@example.com',
      'participant-1-name': '박임차',
      'participant-1-email': 'tenant@example.com',
    },
    companion: () => <ContractStatus uuid={seed.unsigned.contractUuid} />,
    async verify(_stack, { canvas }) {
      // The page requested the e-signature; closing it refetched the contract, which now has one.
      await eventually(() => expect(canvas.getByTestId('contract-status')).toHaveTextContent('전자서명 WAITING'));
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

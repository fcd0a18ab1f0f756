import { ContractFormButton } from '@esign-kit/react';
import type { Meta } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn } from 'storybook/test';
import { ContractCount } from '../support/companions.js';
import { type PageStory, pageScenarios } from '../support/pageScenarios.js';
import { eventually } from '../support/play.js';

const meta = {
  title: 'Components/ContractFormButton',
  component: ContractFormButton,
  args: {
    input: { input: { defaultValue: { contract: { title: '스토리북 용역 계약' } } } },
    onComplete: fn(),
    onClose: fn(),
    onError: fn(),
  },
  argTypes: { mode: { control: 'inline-radio', options: ['tab', 'modal'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Opens the page where a user uploads a contract and requests its e-signature (`POST contracts/form-url`). The launcher points the page’s `successUrl` at the proxy’s return page, so completion is reported, and the contract lists are refetched.',
      },
    },
  },
} satisfies Meta<typeof ContractFormButton>;

export default meta;
type Props = ComponentProps<typeof ContractFormButton>;

const scenarios = pageScenarios<Props>({
  component: ContractFormButton,
  name: { ko: '계약서 등록', en: 'Contract registration' },
  operationId: 'contracts.formUrl',
  vendorError: {
    errorCode: 'NOT_FOUND_CUSTOMER',
    message: '존재하지 않는 고객입니다.',
    args: { input: { input: { defaultValue: { customer: { customKey: 'no-such-customer' } } } } },
  },
  completion: {
    kind: 'return',
    companion: ContractCount,
    async verify(_stack, { canvas }) {
      // The page registered a sixth contract, and the list refetched without a reload.
      await eventually(() => expect(canvas.getByTestId('contract-count')).toHaveTextContent('계약서 6건'));
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

import { ContractListButton } from '@esign-kit/react';
import type { Meta } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn } from 'storybook/test';
import { ContractCount } from '../support/companions.js';
import { type PageStory, pageScenarios } from '../support/pageScenarios.js';
import { eventually, sandboxRequests } from '../support/play.js';

const meta = {
  title: 'Components/ContractListButton',
  component: ContractListButton,
  args: { onComplete: fn(), onClose: fn(), onError: fn() },
  argTypes: { mode: { control: 'inline-radio', options: ['tab', 'modal'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Opens Prix’s contract list page (`GET contracts/url`), optionally for one customer (`customerId` or `customerCustomKey`). Settles when closed; the contract lists are refetched.',
      },
    },
  },
} satisfies Meta<typeof ContractListButton>;

export default meta;
type Props = ComponentProps<typeof ContractListButton>;

const scenarios = pageScenarios<Props>({
  component: ContractListButton,
  name: { ko: '계약서 목록', en: 'Contract list' },
  operationId: 'contracts.listUrl',
  vendorError: {
    errorCode: 'NOT_FOUND_CUSTOMER',
    message: '존재하지 않는 고객입니다.',
    args: { input: { customerCustomKey: 'no-such-customer' } },
  },
  completion: {
    kind: 'close',
    submit: false,
    companion: ContractCount,
    async verify(stack) {
      // Closing the page refetched the app's list: the sandbox answered `GET contracts` twice.
      await eventually(async () =>
        expect(
          (await sandboxRequests(stack)).filter(
            (request) => request.method === 'GET' && request.path.endsWith('/kit-api/v1/contracts'),
          ).length,
        ).toBeGreaterThanOrEqual(2),
      );
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

import { ContractDetailButton } from '@esign-kit/react';
import type { Meta } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn } from 'storybook/test';
import { ContractStatus } from '../support/companions.js';
import { type PageStory, pageScenarios } from '../support/pageScenarios.js';
import { eventually, sandboxRequests } from '../support/play.js';
import { seed } from '../support/seed.js';

const meta = {
  title: 'Components/ContractDetailButton',
  component: ContractDetailButton,
  args: { input: { contractUuid: seed.mou.contractUuid }, onComplete: fn(), onClose: fn(), onError: fn() },
  argTypes: { mode: { control: 'inline-radio', options: ['tab', 'modal'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Opens a contract’s detail page (`GET contracts/{contractUuid}/url`). The page takes no `successUrl`: the launch settles when the user closes it, and the contract is refetched.',
      },
    },
  },
} satisfies Meta<typeof ContractDetailButton>;

export default meta;
type Props = ComponentProps<typeof ContractDetailButton>;

const scenarios = pageScenarios<Props>({
  component: ContractDetailButton,
  name: { ko: '계약서 상세', en: 'Contract details' },
  operationId: 'contracts.detailUrl',
  vendorError: {
    errorCode: 'FORBIDDEN_USER',
    message: '이 계약서에 접근할 권한이 API 멤버에게 없습니다.',
    stack: { failNext: [{ operationId: 'contracts.detailUrl', errorCode: 'FORBIDDEN_USER' }] },
  },
  completion: {
    kind: 'close',
    submit: false,
    companion: () => <ContractStatus uuid={seed.mou.contractUuid} />,
    async verify(stack) {
      // Closing the page refetched the contract: the sandbox answered `contracts/find` twice.
      await eventually(async () =>
        expect(
          (await sandboxRequests(stack)).filter((request) => request.path.endsWith('/contracts/find')).length,
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

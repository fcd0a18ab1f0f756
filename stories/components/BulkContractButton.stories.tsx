import { BulkContractButton } from '@esign-kit/react';
import type { Meta } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn } from 'storybook/test';
import { ContractCount } from '../support/companions.js';
import { type PageStory, pageScenarios } from '../support/pageScenarios.js';
import { eventually } from '../support/play.js';
import { seed } from '../support/seed.js';

const meta = {
  title: 'Components/BulkContractButton',
  component: BulkContractButton,
  args: {
    input: {
      templateKey: seed.templates.consent.id,
      input: {
        items: [
          {
            title: '개인정보 동의 · 김프릭',
            participant: { name: '김프릭', send: 'EMAIL', email: 'kim@example.com' },
            items: [{ id: seed.templates.consent.nameObjectId, contents: '김프릭' }],
          },
        ],
      },
    },
    onComplete: fn(),
    onClose: fn(),
    onError: fn(),
  },
  argTypes: { mode: { control: 'inline-radio', options: ['tab', 'modal'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Opens the bulk-contract page of a one-participant template (`POST signature-templates/{templateKey}/bulk-url`), optionally pre-filled with rows (`input={{ templateKey, input: { items } }}`). Settles when closed; the contract lists are refetched.',
      },
    },
  },
} satisfies Meta<typeof BulkContractButton>;

export default meta;
type Props = ComponentProps<typeof BulkContractButton>;

const scenarios = pageScenarios<Props>({
  component: BulkContractButton,
  name: { ko: '대량계약', en: 'Bulk contract' },
  operationId: 'templates.bulkUrl',
  vendorError: {
    errorCode: 'SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT',
    message: '대량계약은 참여자가 한 명인 템플릿에서만 쓸 수 있습니다.',
    // The supply contract has two roles: not eligible.
    args: { input: { templateKey: seed.templates.supply.id } },
  },
  completion: {
    kind: 'close',
    submit: true,
    companion: ContractCount,
    async verify(_stack, { canvas }) {
      // The page sent its one row; closing it refetched the list.
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

import { UseTemplateButton } from '@esign-kit/react';
import type { Meta } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn } from 'storybook/test';
import { ContractCount } from '../support/companions.js';
import { type PageStory, pageScenarios } from '../support/pageScenarios.js';
import { eventually } from '../support/play.js';
import { seed } from '../support/seed.js';

const meta = {
  title: 'Components/UseTemplateButton',
  component: UseTemplateButton,
  args: {
    input: {
      templateKey: seed.templates.employment.id,
      input: {
        defaultValue: {
          contract: { title: '스토리북 근로계약' },
          signature: { participants: [{ role: '회사', name: '박회사', send: 'EMAIL', email: 'hr@company.example' }] },
        },
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
          'Opens the “use template” page: create a contract from a template and request its signatures (`POST signature-templates/{templateKey}/use-template-url`). Completion comes back through the proxy’s return page, and the contract lists are refetched.',
      },
    },
  },
} satisfies Meta<typeof UseTemplateButton>;

export default meta;
type Props = ComponentProps<typeof UseTemplateButton>;

const scenarios = pageScenarios<Props>({
  component: UseTemplateButton,
  name: { ko: '템플릿 사용', en: 'Use template' },
  operationId: 'templates.useUrl',
  vendorError: {
    errorCode: 'SIGNATURE_TEMPLATE_NOT_FOUND',
    message: '존재하지 않는 템플릿입니다.',
    args: { input: { templateKey: 999_999 } },
  },
  completion: {
    kind: 'return',
    companion: ContractCount,
    async verify(_stack, { canvas }) {
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

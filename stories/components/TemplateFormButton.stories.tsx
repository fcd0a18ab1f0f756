import { TemplateFormButton } from '@esign-kit/react';
import type { Meta } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn } from 'storybook/test';
import { TemplateCount } from '../support/companions.js';
import { type PageStory, pageScenarios } from '../support/pageScenarios.js';
import { eventually } from '../support/play.js';

const meta = {
  title: 'Components/TemplateFormButton',
  component: TemplateFormButton,
  args: { onComplete: fn(), onClose: fn(), onError: fn() },
  argTypes: { mode: { control: 'inline-radio', options: ['tab', 'modal'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Opens the template editor (`GET signature-templates/form-url`): the create page, or the edit page of `templateId`. Completion comes back through the proxy’s return page, and the template lists are refetched.',
      },
    },
  },
} satisfies Meta<typeof TemplateFormButton>;

export default meta;
type Props = ComponentProps<typeof TemplateFormButton>;

const scenarios = pageScenarios<Props>({
  component: TemplateFormButton,
  name: { ko: '템플릿 등록/편집', en: 'Template editor' },
  operationId: 'templates.formUrl',
  vendorError: {
    errorCode: 'SIGNATURE_TEMPLATE_NOT_FOUND',
    message: '존재하지 않는 템플릿입니다.',
    args: { input: { templateId: 999_999 } },
  },
  completion: {
    kind: 'return',
    fields: { name: '스토리북 위임장', roles: '위임인, 수임인' },
    companion: TemplateCount,
    async verify(_stack, { canvas }) {
      // The page saved a fourth template, and the list refetched.
      await eventually(() => expect(canvas.getByTestId('template-count')).toHaveTextContent('템플릿 4개'));
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

import { create } from 'storybook/theming/create';

/**
 * The catalogue's look: the kit's name and mark, its accent blue (the default theme's
 * `--esign-kit-accent`), the system font the components use. Text colours keep AA contrast.
 */
export const esignKitTheme = create({
  base: 'light',
  brandTitle: 'esign-kit',
  brandUrl: 'https://github.com/esign-kit/esign-kit',
  brandImage: './esign-kit-logo.svg',
  brandTarget: '_self',
  colorPrimary: '#2456c6',
  colorSecondary: '#2456c6',
  appBg: '#f5f6f8',
  appContentBg: '#ffffff',
  appPreviewBg: '#ffffff',
  appBorderColor: '#d5dae2',
  appBorderRadius: 6,
  textColor: '#1d2330',
  textMutedColor: '#5b6475',
  barBg: '#ffffff',
  barTextColor: '#5b6475',
  barSelectedColor: '#2456c6',
  fontBase: "system-ui, -apple-system, 'Segoe UI', 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif",
  fontCode: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
});

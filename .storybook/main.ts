import type { StorybookConfig } from '@storybook/react-vite';
import { esignKitLive } from './live/vitePlugin.js';

/**
 * The esign-kit catalogue: every component and hook of `@esign-kit/react`, live against the
 * real sandbox through the real proxy (see `live/protocol.ts`). `pnpm storybook` serves it,
 * `pnpm build-storybook` writes the static catalogue to `storybook-static/`, and the root Vitest
 * config runs every story's play function and a11y check in Chromium (project `storybook`).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The catalogue's logo (see `theme.ts`).
  staticDirs: ['./public'],
  framework: { name: '@storybook/react-vite', options: { strictMode: true } },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    // Props tables from the types, through the TypeScript compiler (TypeScript 6 keeps its API).
    reactDocgen: 'react-docgen-typescript',
    // (Spread as a plain object: the option's type comes from a package the root cannot resolve.)
    ...({
      reactDocgenTypescriptOptions: {
        tsconfigPath: './tsconfig.json',
        include: ['packages/react/src/**/*.tsx'],
        shouldExtractLiteralValuesFromEnum: true,
        shouldRemoveUndefinedFromOptional: true,
        // The component's own props and the operation's input, not every DOM attribute of React's types.
        propFilter: (prop: { parent?: { fileName: string } }) =>
          !prop.parent || !/node_modules/.test(prop.parent.fileName),
      },
    } as object),
  },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, { plugins: [esignKitLive()] });
  },
};

export default config;

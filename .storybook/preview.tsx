import type { Locale } from '@esign-kit/core';
import { EsignKitProvider } from '@esign-kit/react';
import themeCss from '@esign-kit/react/styles.css?inline';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useLayoutEffect, useState } from 'react';
import { StoryStackContext } from '../stories/support/LiveContext.js';
import '../stories/support/demo.css';
import { openStack, type StoryStack } from './live/client.js';
import type { StackOptions } from './live/protocol.js';
import { esignKitTheme } from './theme.js';

/** What a story may ask of the live stack (`parameters.esignKit`). */
export interface EsignKitParameters {
  /**
   * How the story's sandbox and proxy start. `'default'`: the catalogue's shared stack, the one
   * requests without a story header reach. @default {} — a fresh seeded sandbox, everything allowed
   */
  stack?: StackOptions | 'default';
  /** `false`: the story renders its own `<EsignKitProvider>` (the provider's own stories). @default true */
  provider?: boolean;
}

let themeElement: HTMLStyleElement | undefined;

/** The package's default theme, on or off (the components are unstyled without it). */
function Theme({ theme, children }: { theme: string; children: ReactNode }) {
  useLayoutEffect(() => {
    themeElement ??= Object.assign(document.createElement('style'), { textContent: themeCss });
    themeElement.dataset.esignKitTheme = 'default';
    if (theme === 'unstyled') themeElement.remove();
    else document.head.append(themeElement);
  }, [theme]);
  return children;
}

/** The provider an app would render, on the story's own stack, with a fresh query cache. */
function LiveProvider({ stack, locale, children }: { stack: StoryStack; locale: Locale; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <EsignKitProvider
        client={stack.client(locale)}
        pages={{ allowedOrigins: [stack.pagesOrigin], handshakeOrigins: [stack.pagesOrigin] }}
      >
        {children}
      </EsignKitProvider>
    </QueryClientProvider>
  );
}

const withLiveStack: Decorator = (Story, context) => {
  const parameters = (context.parameters.esignKit ?? {}) as EsignKitParameters;
  const stack = context.loaded.stack as StoryStack;
  const locale = (context.globals.locale ?? 'ko') as Locale;
  // The hook demos are an app's own markup: they get the demo stylesheet (stories/support/demo.css).
  const story = context.title.startsWith('Hooks/') ? (
    <div className="esign-kit-demo">
      <Story />
    </div>
  ) : (
    <Story />
  );
  return (
    <Theme theme={String(context.globals.theme ?? 'default')}>
      <StoryStackContext.Provider value={stack}>
        {parameters.provider === false ? (
          story
        ) : (
          <LiveProvider key={`${stack.id}:${locale}`} stack={stack} locale={locale}>
            {story}
          </LiveProvider>
        )}
      </StoryStackContext.Provider>
    </Theme>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [
    async ({ parameters }) => ({
      stack: await openStack(((parameters.esignKit ?? {}) as EsignKitParameters).stack ?? {}),
    }),
  ],
  decorators: [withLiveStack],
  globalTypes: {
    locale: {
      description: 'Language of labels and error messages (the client’s locale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ko', title: '한국어' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The default theme (@esign-kit/react/styles.css) or none',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default theme' },
          { value: 'unstyled', title: 'Unstyled' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ko', theme: 'default' },
  parameters: {
    // A violation fails the story, in the Vitest run and in the test panel.
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      toc: true,
      theme: esignKitTheme,
      // "Show code" shows each story as written (its CSF source, kept by the docs addon at build
      // time), not a snippet rendered from the minified components (`<DY />` in the static build).
      source: { type: 'code' },
    },
    options: {
      storySort: {
        order: ['Introduction', ['Getting started', 'Security model'], 'Components', 'Hooks', 'Review'],
      },
    },
  },
};

export default preview;

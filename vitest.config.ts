import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { afterOtherBrowserProjects } from './.storybook/live/vitestOrder.js';
import * as commands from './tests/browser/src/commands.js';
import { esignonProxyPath, esignonStackPorts } from './tests/browser/src/esignonPorts.js';
import { browserStackPorts, chromiumArgs, chromiumPath } from './tests/browser/src/ports.js';

// Workspace packages resolve to their TypeScript sources, so tests need no build first.
const sourceFirst = {
  resolve: { conditions: ['@esign-kit/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@esign-kit/source', ...defaultServerConditions] } },
};

// Global setup runs outside the projects' module graph and ignores custom conditions
// (vitest-dev/vitest#9429), so at the root the workspace packages are aliased to their sources.
const workspaceSources = {
  alias: [
    ...['core', 'react', 'proxy', 'sandbox'].map((name) => ({
      find: new RegExp(`^@esign-kit/${name}$`),
      replacement: fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
    })),
    {
      find: /^@esign-kit\/proxy\/node$/,
      replacement: fileURLToPath(new URL('./packages/proxy/src/node.ts', import.meta.url)),
    },
    {
      find: /^@esign-kit\/core\/server$/,
      replacement: fileURLToPath(new URL('./packages/core/src/server.ts', import.meta.url)),
    },
    // eSignon's entries, for the eSignon browser stack (tests/browser/src/esignonSetup.ts).
    ...[
      ['core/esignon', 'core/src/esignon/index.ts'],
      ['core/esignon/server', 'core/src/esignon/server.ts'],
      ['proxy/esignon', 'proxy/src/esignon/index.ts'],
      // Live signing events (issue 17).
      ['core/events', 'core/src/events/index.ts'],
      ['proxy/redis', 'proxy/src/redis.ts'],
      ['react/events', 'react/src/events/index.ts'],
    ].map(([entry, source]) => ({
      find: new RegExp(`^@esign-kit/${entry}$`),
      replacement: fileURLToPath(new URL(`./packages/${source}`, import.meta.url)),
    })),
  ],
};

export default defineConfig({
  resolve: { ...sourceFirst.resolve, ...workspaceSources },
  ssr: sourceFirst.ssr,
  test: {
    projects: [
      {
        ...sourceFirst,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'tests/integration/src/**/*.test.ts',
            'examples/admin/src/**/*.test.ts',
          ],
          typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        ...sourceFirst,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup/domCleanup.ts'],
          include: ['packages/*/src/**/*.test.tsx', 'tests/integration/src/**/*.test.tsx'],
          exclude: ['**/*.browser.test.tsx', '**/node_modules/**'],
        },
      },
      {
        ...sourceFirst,
        resolve: { ...sourceFirst.resolve, ...workspaceSources },
        // The app under test reaches the proxy on its own origin, as a real app would.
        server: {
          proxy: {
            '/api/esign': `http://127.0.0.1:${browserStackPorts.proxy}`,
            [esignonProxyPath]: `http://127.0.0.1:${esignonStackPorts.proxy}`,
          },
        },
        // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-dev-runtime',
            'react-dom/client',
            '@tanstack/react-query',
            'axe-core',
            'zod/mini',
          ],
        },
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.tsx', 'tests/browser/src/**/*.browser.test.tsx'],
          globalSetup: ['tests/browser/src/globalSetup.ts', 'tests/browser/src/esignonSetup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            commands,
          },
        },
      },
      {
        // Every story of the catalogue (.storybook/, stories/) as a test: its play function, then
        // the a11y check (violations fail). Each story has its own sandbox behind its own proxy,
        // served by the live plugin on this project's browser server (see .storybook/live/).
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
          // The `browser` project's page must stay on the first browser port (63315).
          afterOtherBrowserProjects('storybook'),
        ],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            // Tabs a story opened are closed as a user would (by URL: each story's sandbox has its own origin).
            commands: { waitForTab: commands.waitForTab, closeTabs: commands.closeTabs },
          },
        },
      },
      {
        // The static catalogue (`pnpm build-storybook`) served as files on a site's name, each story
        // opened in Chromium as a visitor would: every story plays, a11y clean. See tests/static-catalogue/.
        test: {
          name: 'static-catalogue',
          environment: 'node',
          include: ['tests/static-catalogue/src/**/*.static.test.ts'],
          globalSetup: ['tests/static-catalogue/src/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxConcurrency: 4,
        },
      },
      {
        // Every shell command of the READMEs, CONTRIBUTING, docs/ and the catalogue's pages, run on
        // this checkout (servers started until ready, then stopped). See tests/docs/src/commandRules.ts.
        test: {
          name: 'docs',
          environment: 'node',
          include: ['tests/docs/src/**/*.docs.test.ts'],
          testTimeout: 100_000,
        },
      },
      {
        // The demo admin screen end to end: its server (as `pnpm dev` runs it, on free ports) and
        // Debian's Chromium driven through the Playwright library. See tests/e2e/src/globalSetup.ts.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/src/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/src/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The packages as a user installs them: packed, installed into a Vite app and a Next.js app
        // outside the repository, type-checked, built, and driven in Chromium on a non-localhost
        // origin. See tests/consumer/src/globalSetup.ts.
        test: {
          name: 'consumer',
          environment: 'node',
          include: ['tests/consumer/src/**/*.consumer.test.ts'],
          globalSetup: ['tests/consumer/src/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

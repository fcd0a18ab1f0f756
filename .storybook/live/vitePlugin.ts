import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { defaultClientConditions, defaultServerConditions, type Plugin, type ViteDevServer } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['core', 'react', 'proxy', 'sandbox'] as const;
const sourceOf = (name: string) => `${root}packages/${name}/src/index.ts`;
/** Each workspace entry point (package and subpath) and its TypeScript source. */
const workspaceSources: Record<string, string> = {
  ...Object.fromEntries(packages.map((name) => [`@esign-kit/${name}`, sourceOf(name)])),
  '@esign-kit/core/server': `${root}packages/core/src/server.ts`,
  '@esign-kit/proxy/node': `${root}packages/proxy/src/node.ts`,
  '@esign-kit/core/esignon': `${root}packages/core/src/esignon/index.ts`,
  '@esign-kit/core/esignon/server': `${root}packages/core/src/esignon/server.ts`,
  '@esign-kit/proxy/esignon': `${root}packages/proxy/src/esignon/index.ts`,
  '@esign-kit/react/esignon': `${root}packages/react/src/esignon/index.ts`,
};

/** Module with the Vitest run's browser commands (`closeTabs`), or none outside Vitest. */
const testCommandsId = 'virtual:esign-kit/test-commands';

/** File name of the static build's service worker, at the root of `storybook-static/`. */
export const serviceWorkerFile = 'esign-kit-live-sw.js';

/**
 * Storybook's side of the live catalogue (see `protocol.ts`):
 *
 * - resolves the workspace packages to their TypeScript sources (no build needed, as in the
 *   tests), `@esign-kit/react/styles.css` included;
 * - `serve` (storybook dev, the Vitest run): mounts the live stacks on the server, the proxy under
 *   `/api/esign`, each story's sandbox on its own loopback port;
 * - `build`: bundles the service worker that runs the sandbox and the proxy in the browser.
 */
export function esignKitLive(): Plugin {
  let command: 'serve' | 'build' = 'serve';
  let closeLive: (() => Promise<void>) | undefined;
  return {
    name: 'esign-kit:live',
    config(_config, env) {
      command = env.command;
      return {
        resolve: {
          alias: [
            { find: /^@esign-kit\/react\/styles\.css(?=$|\?)/, replacement: `${root}packages/react/styles.css` },
            ...packages.map((name) => ({ find: new RegExp(`^@esign-kit/${name}$`), replacement: sourceOf(name) })),
            { find: /^@esign-kit\/proxy\/node$/, replacement: `${root}packages/proxy/src/node.ts` },
            { find: /^@esign-kit\/core\/server$/, replacement: `${root}packages/core/src/server.ts` },
            { find: /^@esign-kit\/core\/esignon$/, replacement: `${root}packages/core/src/esignon/index.ts` },
            { find: /^@esign-kit\/core\/esignon\/server$/, replacement: `${root}packages/core/src/esignon/server.ts` },
            { find: /^@esign-kit\/react\/esignon$/, replacement: `${root}packages/react/src/esignon/index.ts` },
            { find: /^@esign-kit\/proxy\/esignon$/, replacement: `${root}packages/proxy/src/esignon/index.ts` },
          ],
          conditions: ['@esign-kit/source', ...defaultClientConditions],
        },
        ssr: { resolve: { conditions: ['@esign-kit/source', ...defaultServerConditions] } },
        define: { __ESIGN_KIT_LIVE__: JSON.stringify(env.command === 'build' ? 'service-worker' : 'server') },
        // React Query's "use client" banners mean nothing in a browser bundle: no warning per file.
        build: {
          rollupOptions: {
            onwarn(warning, warn) {
              if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
            },
          },
        },
        // Found up front: discovering them mid-run makes Vite reload the page (and fail a test).
        optimizeDeps: {
          include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', '@tanstack/react-query'],
        },
      };
    },
    // Browser commands of the Vitest run (Playwright's side), for what a page cannot do itself:
    // closing a tab the launcher opened (it cut the tab's `opener`, so the page may not close it).
    // Outside Vitest (storybook dev, the static build) there are none.
    resolveId(id) {
      return id === testCommandsId ? `\0${testCommandsId}` : undefined;
    },
    load(id) {
      if (id !== `\0${testCommandsId}`) return undefined;
      return process.env.VITEST
        ? `import { commands } from 'vitest/browser';\nexport const closeTabs = async (prefix) => {\n  await commands.waitForTab(prefix);\n  await commands.closeTabs(prefix);\n};`
        : 'export const closeTabs = undefined;';
    },
    async configureServer(server: ViteDevServer) {
      const module = (await server.ssrLoadModule(`${root}.storybook/live/nodeStacks.ts`)) as {
        createNodeLive: () => {
          middleware: (request: unknown, response: unknown, next: () => void) => void;
          close: () => Promise<void>;
        };
      };
      const live = module.createNodeLive();
      closeLive = live.close;
      // Before Vite's own middlewares: `/api/esign` must never be served as a file.
      server.middlewares.use((request, response, next) => live.middleware(request, response, next));
    },
    // Vite runs this when its server closes (Storybook's middleware-mode server has no `httpServer`
    // to watch): every story's sandbox stops listening, so the process can exit.
    async buildEnd() {
      await closeLive?.();
      closeLive = undefined;
    },
    async generateBundle() {
      if (command !== 'build') return;
      this.emitFile({ type: 'asset', fileName: serviceWorkerFile, source: await bundleServiceWorker() });
    },
  };
}

/** The service worker, with the proxy and the sandbox compiled in from their sources. */
async function bundleServiceWorker(): Promise<string> {
  const result = await esbuild({
    entryPoints: [`${root}.storybook/live/serviceWorker.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['@esign-kit/source'],
    // Exact specifiers only: esbuild's `alias` also rewrites subpaths (`@esign-kit/core/server`
    // would become `…/core/src/index.ts/server`).
    plugins: [
      {
        name: 'esign-kit-sources',
        setup(build) {
          build.onResolve({ filter: /^@esign-kit\/[a-z]+(\/[a-z]+)*$/ }, ({ path }) => {
            const source = workspaceSources[path];
            return source ? { path: source } : undefined;
          });
        },
      },
    ],
    // Only `startSandbox` and `toNodeListener` use them, and the worker uses neither.
    external: ['node:*', '@hono/node-server'],
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text ?? '';
  // `__require("node:…")` is how esbuild leaves an external Node module in an IIFE.
  if (/\brequire\(|["']node:[a-z_/]+["']/.test(code)) {
    throw new Error(`${serviceWorkerFile}: a Node-only module reached the service worker bundle.`);
  }
  return code;
}

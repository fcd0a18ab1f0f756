import type { ScratchAppSpec } from './scratchApp.js';
import { workspaceVersion } from './workspace.js';

const pinned = (...names: string[]) => Object.fromEntries(names.map((name) => [name, workspaceVersion(name)]));

/** A Vite + React SPA and its small Node server (sandbox + proxy + static files). */
export const viteApp: ScratchAppSpec = {
  template: 'vite',
  esignKit: ['@esign-kit/core', '@esign-kit/react', '@esign-kit/proxy', '@esign-kit/sandbox'],
  dependencies: pinned(
    '@tanstack/react-query',
    'react',
    'react-dom',
    'vite',
    '@vitejs/plugin-react',
    'typescript',
    '@types/react',
    '@types/react-dom',
    '@types/node',
  ),
  builds: [
    { name: 'vite build', command: ['pnpm', 'exec', 'vite', 'build'] },
    // Emits the server even when it does not type-check; the type check is a test of its own.
    { name: 'server', command: ['sh', '-c', 'pnpm exec tsc -p tsconfig.server.json; test -f server-dist/server.js'] },
  ],
};

/** A Next.js App Router app: the proxy as a route handler, a server page, a client view. */
export const nextApp: ScratchAppSpec = {
  template: 'next',
  esignKit: ['@esign-kit/core', '@esign-kit/react', '@esign-kit/proxy', '@esign-kit/sandbox'],
  dependencies: pinned(
    '@tanstack/react-query',
    'next',
    'react',
    'react-dom',
    'typescript',
    '@types/react',
    '@types/react-dom',
    '@types/node',
  ),
  builds: [{ name: 'next build', command: ['pnpm', 'exec', 'next', 'build'] }],
  env: { NEXT_TELEMETRY_DISABLED: '1' },
};

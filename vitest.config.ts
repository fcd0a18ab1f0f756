import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources, so tests need no build first.
const sourceFirst = {
  resolve: { conditions: ['@esign-kit/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@esign-kit/source', ...defaultServerConditions] } },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...sourceFirst,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'tests/integration/src/**/*.test.ts'],
          typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        ...sourceFirst,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.tsx', 'tests/integration/src/**/*.test.tsx'],
        },
      },
    ],
  },
});

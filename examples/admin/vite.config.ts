import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The demo imports the packages' public entries, resolved to their sources (no build needed).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { conditions: ['@esign-kit/source', ...defaultClientConditions] },
  // Pre-bundled up front: a dependency discovered on first use makes Vite reload the page,
  // which would cut a user (or an end-to-end test) off mid-action.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@tanstack/react-query',
      '@esign-kit/core > zod/mini',
    ],
  },
});

import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The demo imports the packages' public entries, resolved to their sources (no build needed).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { conditions: ['@esign-kit/source', ...defaultClientConditions] },
});

#!/usr/bin/env node
// The `esign-kit-sandbox` command. An installed package runs its built `dist/bin.js`. In the
// esign-kit repository before any `pnpm build`, it runs the TypeScript source instead, through
// tsx and the workspace's `@esign-kit/source` condition, so the command works on a fresh clone.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const built = new URL('../dist/bin.js', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    console.error('esign-kit-sandbox: dist/bin.js is missing; run `pnpm build` (or reinstall @esign-kit/sandbox).');
    process.exit(1);
  }
  // Resolve workspace packages to their sources, as `node --conditions=@esign-kit/source` would.
  register(
    'data:text/javascript,export function resolve(specifier, context, next) {' +
      ' return next(specifier, { ...context, conditions: [...context.conditions, "@esign-kit/source"] }); }',
  );
  tsx.register();
  await import(new URL('../src/bin.ts', import.meta.url).href);
}

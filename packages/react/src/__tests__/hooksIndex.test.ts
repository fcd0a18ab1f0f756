import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { hooksIndexFile, renderHooksIndex } from '../../../../scripts/generate-hook-index.js';
import * as react from '../index.js';

// The package exports its hooks through this generated index: one left behind would hide a hook.

it('hooks.generated.ts is up to date (run `pnpm generate:hooks`)', () => {
  expect(readFileSync(hooksIndexFile, 'utf8')).toBe(renderHooksIndex());
});

it('the package exports one hook per module of hooks/, by the module’s name', () => {
  const modules = [...renderHooksIndex().matchAll(/'\.\/(use\w+)\.js'/g)].map((match) => match[1] as string);
  expect(modules.length).toBeGreaterThan(0);
  for (const name of modules) expect(typeof (react as Record<string, unknown>)[name], name).toBe('function');
});

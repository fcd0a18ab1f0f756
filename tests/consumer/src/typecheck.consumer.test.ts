import { describe, expect, it } from 'vitest';
import { installedApp } from './installedApp.js';
import { run } from './run.js';

// Both with `strict` and `skipLibCheck: false`: every `.d.ts` the packages ship is checked too.
describe('the packed packages type-check in a user app', () => {
  it('as a browser app (Vite + React, DOM lib)', async () => {
    const { code, output } = await run('pnpm', ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit'], {
      cwd: installedApp('vite').dir,
    });
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('as a server-only Node project (no DOM lib, types: ["node"]) importing the proxy and the sandbox', async () => {
    const { code, output } = await run('pnpm', ['exec', 'tsc', '-p', 'tsconfig.server.json', '--noEmit'], {
      cwd: installedApp('vite').dir,
    });
    expect(output).toBe('');
    expect(code).toBe(0);
  });
});

#!/usr/bin/env node
// Gates each built package the way a consumer sees it: publint (package.json, exports, files)
// and Are The Types Wrong (types resolve for ESM consumers under node16 and bundler resolution).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const packages = readdirSync('packages', { withFileTypes: true }).filter((entry) => entry.isDirectory());
let failed = 0;
for (const { name } of packages) {
  const cwd = `packages/${name}`;
  for (const [tool, args] of [
    ['publint', ['exec', 'publint', '--strict']],
    // The stylesheet is an entry point without types, by design.
    [
      'attw',
      [
        'exec',
        'attw',
        '--pack',
        '.',
        '--profile',
        'esm-only',
        '--format',
        'table-flipped',
        '--exclude-entrypoints',
        './styles.css',
      ],
    ],
  ]) {
    const { status } = spawnSync('pnpm', args, { cwd, stdio: 'inherit' });
    console.log(`${status === 0 ? '✔' : '✘'} ${tool} @esign-kit/${name}`);
    if (status !== 0) failed++;
  }
}
// Bundlers and React Server Components read the directive from the built file, not the source.
const builtEntry = readFileSync('packages/react/dist/index.js', 'utf8');
if (builtEntry.startsWith("'use client';")) console.log("✔ @esign-kit/react's built entry starts with 'use client'");
else {
  console.log("✘ packages/react/dist/index.js lost its 'use client' directive");
  failed++;
}
process.exit(failed ? 1 : 0);

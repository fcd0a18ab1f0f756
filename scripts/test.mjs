#!/usr/bin/env node
// `pnpm test`: every check CI runs, in order, then one plain summary line
// (`N passed, N failed`): vitest's tests plus each check step counted as one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const resultsFile = '.test-results/vitest.json';
mkdirSync('.test-results', { recursive: true });

const steps = [
  ['lint', 'pnpm', ['exec', 'biome', 'check', '.']],
  ['boundaries', 'node', ['scripts/check-boundaries.mjs']],
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['redis', 'node', ['scripts/ensure-redis.mjs']],
  ['typecheck', 'pnpm', ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit']],
  // Before the tests: the consumer suite packs the built packages (it builds them itself if stale).
  ['build', 'pnpm', ['-r', '--filter', './packages/*', 'build']],
  [
    'tests',
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`],
  ],
  ['size', 'node', ['scripts/check-size.mjs']],
  ['packages', 'node', ['scripts/check-packages.mjs']],
];

let stepsPassed = 0;
let stepsFailed = 0;
const started = Date.now();
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const stepStart = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (status === 0) {
    stepsPassed++;
    console.log(`✔ ${name} (${seconds}s)`);
  } else {
    stepsFailed++;
    console.log(`✘ ${name} failed with exit code ${status} (${seconds}s)`);
  }
}

let testsPassed = 0;
let testsFailed = 0;
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  testsPassed = report.numPassedTests ?? 0;
  testsFailed = report.numFailedTests ?? 0;
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${testsPassed} tests and ${stepsPassed} of ${steps.length} checks passed in ${seconds}s`);
console.log(`${testsPassed + stepsPassed} passed, ${testsFailed + stepsFailed} failed`);
process.exit(testsFailed + stepsFailed === 0 ? 0 : 1);

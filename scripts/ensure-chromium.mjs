#!/usr/bin/env node
// Browser tests drive Debian's Chromium (never a downloaded browser). Installs it when missing
// and this process may (root); otherwise says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) {
  console.log(`✔ chromium at ${path}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`✘ ${path} is missing. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
console.log('Installing Debian chromium (apt-get install -y chromium)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
let result = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
if (result.status !== 0) {
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  result = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
}
process.exit(result.status === 0 && existsSync(path) ? 0 : 1);

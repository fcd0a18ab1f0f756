#!/usr/bin/env node
// Browser tests drive Debian's Chromium (never a downloaded browser). Installs it when missing
// and this process may (root); otherwise says exactly what to run. Also installs a Korean font
// (fonts-nanum): without one, Hangul labels render as empty boxes in the screenshots that the
// end-to-end tests leave for reviewers.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const koreanFont = '/usr/share/fonts/truetype/nanum';
const missing = [!existsSync(path) && 'chromium', !existsSync(koreanFont) && 'fonts-nanum'].filter(Boolean);
if (missing.length === 0) {
  console.log(`✔ chromium at ${path}, Korean font at ${koreanFont}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  const command = `sudo apt-get install -y ${missing.join(' ')}`;
  if (existsSync(path)) {
    // Tests still pass without the font; only the screenshots suffer.
    console.warn(`⚠ no Korean font: screenshots show Hangul as boxes. Install one with: ${command}`);
    process.exit(0);
  }
  console.error(`✘ ${path} is missing. Install it with: ${command} (or set CHROMIUM_PATH).`);
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} (apt-get install -y ${missing.join(' ')})…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const install = () => spawnSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env });
let result = install();
if (result.status !== 0) {
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  result = install();
}
process.exit(result.status === 0 && existsSync(path) ? 0 : 1);

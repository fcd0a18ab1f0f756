#!/usr/bin/env node
// The Redis store's tests run against Debian's redis-server (a real server, not a mock): they
// start their own on a free port. Installs it when missing and this process may (root);
// otherwise says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
if (existsSync(path)) {
  console.log(`✔ redis-server at ${path}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `✘ ${path} is missing. Install it with: sudo apt-get install -y redis-server (or set REDIS_SERVER_PATH).`,
  );
  process.exit(1);
}
console.log('Installing Debian redis-server (apt-get install -y redis-server)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
let result = spawnSync('apt-get', ['install', '-y', 'redis-server'], { stdio: 'inherit', env });
if (result.status !== 0) {
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  result = spawnSync('apt-get', ['install', '-y', 'redis-server'], { stdio: 'inherit', env });
}
process.exit(result.status === 0 && existsSync(path) ? 0 : 1);

// Starting and stopping the bench's server processes (scripts/bench/benchServer.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const serverScript = fileURLToPath(new URL('./benchServer.mjs', import.meta.url));
const children = [];

/**
 * Starts one server in a process of its own and resolves once it listens, with its `url` (and
 * `upstream` for the sandbox) and `pid`. TypeScript sources load through tsx and the
 * `@esign-kit/source` condition, as in `pnpm dev`, so nothing needs building first.
 */
export async function startServer(role, { upstream, env, profileDir } = {}) {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, role)}`] : [];
  const child = spawn(
    process.execPath,
    [
      ...profile,
      '--import',
      'tsx',
      '--conditions=@esign-kit/source',
      serverScript,
      role,
      ...(upstream ? [upstream] : []),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  children.push(child);
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`The ${role} process exited with ${code} before it listened.`)));
  });
  /** The CPU time the process has used so far, in microseconds (it answers a `cpu` line). */
  const cpuMicros = () =>
    new Promise((resolve) => {
      lines.once('line', (line) => resolve(JSON.parse(line).cpuMicros));
      child.stdin.write('cpu\n');
    });
  return { ...JSON.parse(first), pid: child.pid, cpuMicros };
}

/** Ends every server started here: each exits when its stdin closes (see benchServer.mjs). */
export function stopServers() {
  for (const child of children) child.stdin.end();
}

/** CPU seconds a process has used so far, from Linux's /proc (`NaN` elsewhere). */
export function cpuSeconds(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return Number.NaN;
  const stat = readFileSync(file, 'utf8');
  // After the command name (which may hold spaces), utime and stime are the 12th and 13th fields.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // in clock ticks of 1/100 s (USER_HZ)
}

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../consumer/src/servers.js';
import type { Treatment } from './commandRules.js';
import { repoRoot } from './docCommands.js';

/** What happened: the output, and whether the command did what its treatment expects. */
export interface CommandResult {
  readonly ok: boolean;
  readonly output: string;
}

/**
 * A scratch project that installed `@esign-kit/sandbox` from this checkout: the package linked
 * into `node_modules` and its bin on `node_modules/.bin`, as `npm install` leaves them.
 */
function projectWithSandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'esign-kit-doc-'));
  mkdirSync(join(dir, 'node_modules', '@esign-kit'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', '.bin'));
  symlinkSync(join(repoRoot, 'packages', 'sandbox'), join(dir, 'node_modules', '@esign-kit', 'sandbox'));
  symlinkSync('../@esign-kit/sandbox/bin/esign-kit-sandbox.js', join(dir, 'node_modules', '.bin', 'esign-kit-sandbox'));
  return dir;
}

/** Stops the command and everything it started (its own process group). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  const killer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(killer);
}

/** Runs `command` (as written in the docs, minus a trailing `&`) in bash, as its treatment says. */
export async function runDocCommand(
  command: string,
  treatment: Exclude<Treatment, { kind: 'skip' }>,
): Promise<CommandResult> {
  let line = command.replace(/\s*&$/, '');
  let cwd = repoRoot;
  let scratch: string | undefined;
  const env: NodeJS.ProcessEnv = { ...withoutTestVariables(process.env), npm_config_offline: 'true', FORCE_COLOR: '0' };
  if (treatment.kind === 'server') {
    Object.assign(env, treatment.env);
    if (treatment.port) line = line.replace(/--port \d+/, `--port ${await freePort()}`);
    if (treatment.installedSandbox) cwd = scratch = projectWithSandbox();
  }
  const child = spawn('bash', ['-c', line], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const settled = new Promise<CommandResult>((resolve) => {
    const timer = setTimeout(
      () => resolve({ ok: false, output: `${output}\n[timed out after ${treatment.timeoutMs} ms]` }),
      treatment.timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (treatment.kind === 'server' && treatment.ready.test(output)) {
        clearTimeout(timer);
        resolve({ ok: true, output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      // A server that exits before it is ready failed; a plain command must exit 0.
      resolve({ ok: treatment.kind === 'run' && code === 0, output: `${output}\n[exit ${code}]` });
    });
  });
  try {
    return await settled;
  } finally {
    await stop(child);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The environment of a reader's shell: none of the test runner's variables. */
function withoutTestVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(name)));
}

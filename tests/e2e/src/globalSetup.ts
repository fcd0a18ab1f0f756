import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin screen, e.g. `http://127.0.0.1:41234/`. */
    adminUrl: string;
    /** The sandbox's origin, for its control surface (`/__sandbox/…`). */
    sandboxUrl: string;
  }
}

const adminDir = fileURLToPath(new URL('../../../examples/admin/', import.meta.url));
/** Its own Vite dependency cache: a `pnpm dev` running beside the tests keeps the default one. */
const viteCacheDir = fileURLToPath(new URL('../../../.test-results/e2e-vite-cache/', import.meta.url));

interface Ready {
  readonly type: 'ready';
  readonly url: string;
  readonly sandboxUrl: string | null;
}

/**
 * Starts the admin server as `pnpm dev` does (same entry, same sources), on free ports, and
 * hands its URLs to the tests. Test files share it: each signs in in its own browser context and
 * works on contracts no other file touches. The server is stopped (SIGTERM, then SIGKILL) at the end.
 */
export default async function setup(project: TestProject) {
  const child = spawn(process.execPath, ['--conditions=@esign-kit/source', '--import', 'tsx', 'server.ts'], {
    cwd: adminDir,
    env: {
      ...process.env,
      PORT: '0',
      SANDBOX_PORT: '0',
      PRIX_API_KEY: '',
      PRIX_API_URL: '',
      DEMO_VITE_CACHE_DIR: viteCacheDir,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const ready = await waitForReady(child, () => output);
  if (!ready.sandboxUrl) throw new Error('The admin server started without its sandbox.');
  project.provide('adminUrl', ready.url);
  project.provide('sandboxUrl', ready.sandboxUrl);
  return () => stop(child);
}

function waitForReady(child: ChildProcess, output: () => string): Promise<Ready> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The admin server did not start within 60 s:\n${output()}`));
    }, 60_000);
    child.on('message', (message: Ready) => {
      if (message?.type !== 'ready') return;
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The admin server exited (${code}) before it was ready:\n${output()}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

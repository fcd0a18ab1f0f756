import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { nextApp, viteApp } from './apps.js';
import { appHost } from './browser.js';
import { packPackages } from './packPackages.js';
import { type BuildOutcome, prepareScratchApp, type ScratchApp } from './scratchApp.js';
import { answers, freePort, type RunningProcess, startProcess } from './servers.js';
import { repoRoot } from './workspace.js';

/** One scratch app as the tests see it: where it is, how its builds went, where it runs. */
export interface ConsumerApp {
  /** The installed app; `null` when packing or installing failed (see `startError`). */
  readonly dir: string | null;
  readonly builds: Readonly<Record<string, BuildOutcome>>;
  /** `http://app.example.test:<port>`: the address browsers load it from (mapped to loopback). */
  readonly publicUrl: string | null;
  /** The sandbox behind its proxy, whose origin serves the hosted pages. */
  readonly sandboxUrl: string | null;
  /** Why it could not start, when it could not. */
  readonly startError: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumerApps: { vite: ConsumerApp; next: ConsumerApp };
    /** The repository the packages come from: nothing may resolve into it. */
    consumerWorkspace: string;
  }
}

/**
 * Packs the four packages, installs them into a Vite app and a Next.js app outside the
 * repository (no workspace links, no source condition), builds and starts both. Installs and
 * builds are cached by content between runs (see README.md beside).
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const running: RunningProcess[] = [];
  project.provide('consumerWorkspace', repoRoot);
  try {
    const packed = await packPackages();
    const packedAt = Date.now();
    const [vite, next] = await Promise.all([prepareScratchApp(viteApp, packed), prepareScratchApp(nextApp, packed)]);
    const preparedAt = Date.now();
    const viteRunning = await startOrExplain(vite, () => startVite(vite, running));
    const nextRunning = await startOrExplain(next, () => startNext(next, running));
    console.log(
      `[consumer] packed in ${seconds(packedAt - started)}, apps ${describe(vite)}, ${describe(next)} ` +
        `(${seconds(preparedAt - packedAt)}), started in ${seconds(Date.now() - preparedAt)}; ${vite.dir}, ${next.dir}`,
    );
    project.provide('consumerApps', { vite: viteRunning, next: nextRunning });
  } catch (error) {
    // Reported by every test of the project, not thrown: a throw here would stop every project's tests.
    const setupError = `The packages could not be packed and installed: ${error instanceof Error ? error.message : String(error)}`;
    const none = { dir: null, builds: {}, publicUrl: null, sandboxUrl: null, startError: setupError };
    project.provide('consumerApps', { vite: none, next: none });
  }
  return async () => {
    await Promise.all(running.map((child) => child.stop()));
  };
}

type Started = Pick<ConsumerApp, 'publicUrl' | 'sandboxUrl'>;

async function startOrExplain(app: ScratchApp, start: () => Promise<Started>): Promise<ConsumerApp> {
  const base = { dir: app.dir, builds: app.builds };
  const failed = Object.entries(app.builds).filter(([, build]) => !build.ok);
  if (failed.length) {
    return {
      ...base,
      publicUrl: null,
      sandboxUrl: null,
      startError: `not started: ${failed.map(([name]) => name).join(', ')} failed`,
    };
  }
  try {
    return { ...base, ...(await start()), startError: null };
  } catch (error) {
    return {
      ...base,
      publicUrl: null,
      sandboxUrl: null,
      startError: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The SPA's Node server: it starts its own sandbox and prints one JSON line when listening. */
async function startVite(app: ScratchApp, running: RunningProcess[]): Promise<Started> {
  const port = await freePort();
  const publicUrl = `http://${appHost}:${port}`;
  const { process: server, value } = await startProcess(process.execPath, ['server-dist/server.js'], {
    cwd: app.dir,
    env: { PORT: String(port), PUBLIC_ORIGIN: publicUrl },
    ready: (output) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"ready":true'));
      return line ? (JSON.parse(line) as { sandboxUrl: string }) : undefined;
    },
  });
  running.push(server);
  return { publicUrl, sandboxUrl: value.sandboxUrl };
}

/** The sandbox from its package's bin, then `next start` with the proxy pointed at it. */
async function startNext(app: ScratchApp, running: RunningProcess[]): Promise<Started> {
  const sandbox = await startProcess(
    process.execPath,
    [binOf(app.dir, '@esign-kit/sandbox', 'esign-kit-sandbox'), '--port', '0'],
    {
      cwd: app.dir,
      env: { SANDBOX_API_KEY: 'sk_consumer_next_0123456789' },
      ready: (output) => /url:\s+(http:\S+)/.exec(output)?.[1],
    },
  );
  running.push(sandbox.process);
  const port = await freePort();
  const publicUrl = `http://${appHost}:${port}`;
  const server = await startProcess(
    process.execPath,
    [binOf(app.dir, 'next', 'next'), 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd: app.dir,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        SANDBOX_URL: sandbox.value,
        SANDBOX_UPSTREAM: `${sandbox.value}/kit-api/v1`,
        SANDBOX_API_KEY: 'sk_consumer_next_0123456789',
        PUBLIC_ORIGIN: publicUrl,
      },
      ready: async () => ((await answers(`http://127.0.0.1:${port}/`)) ? true : undefined),
    },
  );
  running.push(server.process);
  return { publicUrl, sandboxUrl: sandbox.value };
}

/** The file a package's bin runs, as `npx <bin>` would find it. */
function binOf(appDir: string, name: string, bin: string): string {
  const packageDir = join(appDir, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const file = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!file) throw new Error(`${name} has no bin ${bin}`);
  return join(packageDir, file);
}

function describe(app: ScratchApp): string {
  const builds = Object.entries(app.builds)
    .map(([name, build]) => `${name} ${build.ok ? 'ok' : 'FAILED'} ${build.seconds}s`)
    .join(', ');
  return app.cached
    ? `${app.dir.split('/').pop()} cached`
    : `${app.dir.split('/').pop()} installed in ${app.installSeconds}s, ${builds}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

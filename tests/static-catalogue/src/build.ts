import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the test's build goes: apart from `storybook-static/`, which a developer may be serving. */
export const staticDir = join(repoRoot, '.test-results', 'storybook-static');

/** What the catalogue is built from: a change to any of it makes a build stale. */
const sources = [
  '.storybook',
  'stories',
  'packages/core/src',
  'packages/react/src',
  'packages/react/styles.css',
  'packages/proxy/src',
  'packages/sandbox/src',
];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === '__tests__') continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/** `true` when the build in `staticDir` is newer than every source of the catalogue. */
export function isFresh(): boolean {
  const marker = join(staticDir, 'index.json');
  if (!existsSync(marker)) return false;
  const builtAt = statSync(marker).mtimeMs;
  return sources.every(
    (source) => !existsSync(join(repoRoot, source)) || newestChange(join(repoRoot, source)) < builtAt,
  );
}

function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(name)));
}

/** Runs `pnpm build-storybook` as the docs say, into `staticDir`; answers the time it took. */
export async function buildCatalogue(): Promise<number> {
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('pnpm', ['build-storybook', '--output-dir', staticDir, '--quiet'], {
      cwd: repoRoot,
      // Without Vitest's variables: the live plugin reads `VITEST` to wire its test-only commands.
      env: { ...withoutVitest(process.env), CI: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`pnpm build-storybook failed (exit ${code}):\n${output.join('').slice(-4000)}`);
  return Date.now() - started;
}

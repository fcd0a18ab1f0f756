import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PackedPackages } from './packPackages.js';
import { type RunResult, run, runOrThrow } from './run.js';
import { cacheDir, templatesDir } from './workspace.js';

/** One build command of an app (`vite build`, `next build`, …), and whether it must pass to cache the app. */
export interface BuildStep {
  readonly name: string;
  readonly command: readonly [string, ...string[]];
}

export interface ScratchAppSpec {
  /** The template folder under tests/consumer/apps/. */
  readonly template: string;
  /** Third-party dependencies with the workspace's versions. */
  readonly dependencies: Readonly<Record<string, string>>;
  /** Which of the packed packages the app depends on directly. */
  readonly esignKit: readonly string[];
  readonly builds: readonly BuildStep[];
  readonly env?: NodeJS.ProcessEnv;
}

export interface BuildOutcome {
  readonly ok: boolean;
  readonly output: string;
  readonly seconds: number;
}

export interface ScratchApp {
  readonly dir: string;
  /** Whether install and builds came from an earlier run. */
  readonly cached: boolean;
  readonly installSeconds: number;
  readonly builds: Readonly<Record<string, BuildOutcome>>;
}

const readyFile = '.consumer-ready.json';

/**
 * A fresh app outside the repository with the packed packages installed as a user installs them
 * (tarballs, no workspace links), then built. Kept by a key over everything that goes in (the
 * tarballs, the template, the versions), so a second run with nothing changed only reuses it.
 */
export async function prepareScratchApp(spec: ScratchAppSpec, packed: PackedPackages): Promise<ScratchApp> {
  const key = createHash('sha256')
    .update(JSON.stringify({ spec: { ...spec, env: undefined }, packed: packed.hash, node: process.version }))
    .update(templateDigest(spec.template))
    .digest('hex')
    .slice(0, 16);
  const dir = join(cacheDir, 'apps', `${spec.template}-${key}`);
  const ready = join(dir, readyFile);
  if (existsSync(ready)) {
    const { builds } = JSON.parse(await readFile(ready, 'utf8')) as Pick<ScratchApp, 'builds'>;
    const now = new Date();
    await utimes(dir, now, now); // in use: not pruned
    return { dir, cached: true, installSeconds: 0, builds };
  }
  return withLock(`${dir}.lock`, async () => {
    if (existsSync(ready)) return prepareScratchApp(spec, packed); // another run finished it meanwhile
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await cp(join(templatesDir, spec.template), dir, { recursive: true });
    await writeFile(join(dir, 'package.json'), manifest(spec, packed));
    // Peers are not installed for the packages (a peer they forget is a missing module), and a
    // package reaches only what it declares (nothing is hoisted), as with Yarn PnP or npm 6.
    await writeFile(join(dir, '.npmrc'), 'auto-install-peers=false\nhoist=false\nstrict-peer-dependencies=false\n');
    const install = await runOrThrow('pnpm', ['install', '--prefer-offline', '--reporter=append-only'], {
      cwd: dir,
      env: spec.env,
    });
    const builds: Record<string, BuildOutcome> = {};
    for (const step of spec.builds) {
      const [command, ...args] = step.command;
      const result: RunResult = await run(command, args, { cwd: dir, env: spec.env });
      builds[step.name] = { ok: result.code === 0, output: result.output, seconds: result.seconds };
    }
    // A failed build is not cached: the next run tries again (it may have been the machine).
    if (Object.values(builds).every((build) => build.ok)) await writeFile(ready, JSON.stringify({ builds }));
    await pruneOlderApps(spec.template, dir);
    return { dir, cached: false, installSeconds: install.seconds, builds };
  });
}

function manifest(spec: ScratchAppSpec, packed: PackedPackages): string {
  const tarballs = Object.fromEntries(
    Object.entries(packed.tarballs).map(([name, file]) => [`@esign-kit/${name}`, `file:${file}`]),
  );
  const own = Object.fromEntries(Object.entries(tarballs).filter(([name]) => spec.esignKit.includes(name)));
  return JSON.stringify(
    {
      name: `esign-kit-consumer-${spec.template}`,
      private: true,
      type: 'module',
      dependencies: { ...own, ...spec.dependencies },
      // The packages name each other by version (`^0.0.0`): point those at the tarballs too.
      pnpm: { overrides: tarballs },
    },
    null,
    2,
  );
}

function templateDigest(template: string): string {
  const root = join(templatesDir, template);
  const digest = createHash('sha256');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) digest.update(file.slice(root.length)).update(readFileSync(file));
  return digest.digest('hex');
}

/** Removes this template's apps that no run has prepared for a day (tens of MB each). */
async function pruneOlderApps(template: string, keep: string): Promise<void> {
  const appsDir = dirname(keep);
  for (const entry of readdirSync(appsDir)) {
    const dir = join(appsDir, entry);
    if (dir === keep || !entry.startsWith(`${template}-`) || entry.endsWith('.lock')) continue;
    if (Date.now() - statSync(dir).mtimeMs > 24 * 60 * 60_000) await rm(dir, { recursive: true, force: true });
  }
}

/** A lock between runs on one machine (a directory; taken over when older than ten minutes). */
async function withLock<T>(lock: string, task: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 10 * 60_000;
  await mkdir(dirname(lock), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (age > 10 * 60_000 || Date.now() > deadline) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await task();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { runOrThrow } from './run.js';
import { cacheDir, type PackageName, packageNames, repoRoot } from './workspace.js';

export interface PackedPackages {
  /** `pnpm pack` output of each package, by short name. */
  readonly tarballs: Readonly<Record<PackageName, string>>;
  /** A hash of the four tarballs: the apps' caches are keyed by it. */
  readonly hash: string;
}

/** Builds the packages unless every `dist` is newer than its sources, then packs them as `pnpm publish` would. */
export async function packPackages(): Promise<PackedPackages> {
  if (packageNames.some(isStale)) {
    await runOrThrow('pnpm', ['--filter', './packages/*', 'build'], { cwd: repoRoot });
  }
  const packsRoot = join(cacheDir, 'packs');
  await mkdir(packsRoot, { recursive: true });
  const scratch = await mkdtemp(join(packsRoot, 'tmp-'));
  try {
    const files = await Promise.all(
      packageNames.map(async (name) => {
        const { output } = await runOrThrow('pnpm', ['pack', '--pack-destination', scratch], {
          cwd: join(repoRoot, 'packages', name),
        });
        const file = output.trim().split('\n').at(-1)?.trim() ?? '';
        if (!file.endsWith('.tgz')) throw new Error(`pnpm pack printed no tarball for ${name}:\n${output}`);
        return [name, file] as const;
      }),
    );
    const digest = createHash('sha256');
    for (const [, file] of files) digest.update(await readFile(file));
    const hash = digest.digest('hex').slice(0, 16);
    const dir = join(packsRoot, hash);
    if (!existsSync(dir)) await rename(scratch, dir).catch(() => undefined); // another run may have won
    const tarballs = Object.fromEntries(
      files.map(([name, file]) => [name, join(dir, file.slice(scratch.length + 1))]),
    ) as Record<PackageName, string>;
    return { tarballs, hash };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Whether a package's `dist` lacks a module of `src`, or is older than anything it is built from. */
function isStale(name: PackageName): boolean {
  const packageDir = join(repoRoot, 'packages', name);
  const configs = ['package.json', 'tsconfig.build.json'].map((file) => statSync(join(packageDir, file)).mtimeMs);
  return filesUnder(join(packageDir, 'src'))
    .filter((file) => /\.tsx?$/.test(file) && !/(__tests__|\.test\.|\.test-d\.)/.test(file))
    .some((source) => {
      const built = join(packageDir, 'dist', relative(join(packageDir, 'src'), source).replace(/\.tsx?$/, '.js'));
      if (!existsSync(built)) return true;
      const builtAt = statSync(built).mtimeMs;
      return statSync(source).mtimeMs > builtAt || configs.some((mtime) => mtime > builtAt);
    });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

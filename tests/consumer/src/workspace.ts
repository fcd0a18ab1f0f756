import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The workspace whose packages are packed (this repository; `ESIGN_CONSUMER_WORKSPACE` points at
 * another checkout, e.g. an older commit to see what the suite catches there).
 */
export const repoRoot = process.env.ESIGN_CONSUMER_WORKSPACE ?? fileURLToPath(new URL('../../../', import.meta.url));
/** The app sources copied into each scratch app. */
export const templatesDir = fileURLToPath(new URL('../apps/', import.meta.url));
/** The four packages, as users install them. */
export const packageNames = ['core', 'react', 'proxy', 'sandbox'] as const;
export type PackageName = (typeof packageNames)[number];

/**
 * Tarballs and installed apps live outside the repository, so nothing resolves through the
 * workspace's node_modules; kept between runs (keyed by content) unless the directory is wiped.
 */
export const cacheDir = process.env.ESIGN_CONSUMER_CACHE_DIR ?? join(tmpdir(), 'esign-kit-consumer');

const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

/** The workspace's own pinned version of a third-party package, so the apps test what the repo tests. */
export function workspaceVersion(name: string): string {
  const version = rootManifest.devDependencies[name];
  if (!version) throw new Error(`The root package.json pins no version of ${name}.`);
  return version;
}

import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { installedApp } from './installedApp.js';
import { run } from './run.js';
import { packageNames } from './workspace.js';

interface Manifest {
  readonly name: string;
  readonly exports?: unknown;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  readonly optionalDependencies?: Record<string, string>;
}

const appDir = () => installedApp('vite').dir;
/** Where pnpm put an installed package: its real folder, whose siblings are its own dependencies only. */
const installedDir = (name: string) => realpathSync(join(appDir(), 'node_modules', name));
/** A dependency of the package in `dir`, as Node finds it from there. */
const dependencyDir = (dir: string, name: string, dependency: string) =>
  realpathSync(join(dirname(name.startsWith('@') ? dirname(dir) : dir), dependency));
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
const declared = (manifest: Manifest) =>
  new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies }));

describe('the packed packages, installed from their tarballs', () => {
  it('resolve from the app, never into the workspace', () => {
    const require = createRequire(join(appDir(), 'package.json'));
    const app = realpathSync(appDir());
    for (const id of [...packageNames.map((name) => `@esign-kit/${name}/package.json`), 'react', 'react-dom']) {
      const resolved = realpathSync(require.resolve(id));
      expect(resolved.startsWith(inject('consumerWorkspace')), `${id} → ${resolved}`).toBe(false);
      expect(resolved.startsWith(app), `${id} → ${resolved}`).toBe(true);
    }
  });

  it.each(packageNames)('%s: exports carry no workspace-only condition and point at shipped files', (name) => {
    const dir = installedDir(`@esign-kit/${name}`);
    const manifest = manifestOf(dir);
    expect(JSON.stringify(manifest.exports)).not.toContain('@esign-kit/source');
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    for (const target of exportTargets(manifest.exports)) {
      expect(() => readFileSync(join(dir, target)), `${name} exports ${target}`).not.toThrow();
      expect(target, `${name} exports ${target}`).not.toMatch(/^\.\/src\//);
    }
  });

  it.each(packageNames)('%s: declares every package its code imports', (name) => {
    const dir = installedDir(`@esign-kit/${name}`);
    const own = declared(manifestOf(dir));
    const undeclared = [...importedPackages(join(dir, 'dist'))].filter((imported) => !own.has(imported));
    expect(undeclared).toEqual([]);
  });

  it.each(packageNames)("%s: provides its dependencies' peers", (name) => {
    const dir = installedDir(`@esign-kit/${name}`);
    const manifest = manifestOf(dir);
    const own = declared(manifest);
    const missing = Object.keys(manifest.dependencies ?? {}).flatMap((dependency) => {
      const peers = manifestOf(dependencyDir(dir, manifest.name, dependency));
      return Object.keys(peers.peerDependencies ?? {})
        .filter((peer) => !peers.peerDependenciesMeta?.[peer]?.optional && !own.has(peer))
        .map((peer) => `${dependency} needs ${peer}`);
    });
    expect(missing).toEqual([]);
  });

  it('load in plain Node with nothing hoisted or auto-installed (the server entries)', async () => {
    const { code, output } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "await import('@esign-kit/core/server'); await import('@esign-kit/proxy'); await import('@esign-kit/sandbox');",
      ],
      { cwd: appDir() },
    );
    expect(output).toBe('');
    expect(code).toBe(0);
  });
});

function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

/** The packages the built files import (`from 'x'`, `import('x')`, `import 'x'`), Node built-ins aside. */
function importedPackages(distDir: string): Set<string> {
  const found = new Set<string>();
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.js'),
  );
  for (const entry of files) {
    // Comments go first: TSDoc examples in them import the package itself, Express and more.
    const code = readFileSync(join(entry.parentPath, entry.name), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      const parts = specifier.split('/');
      found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
    }
  }
  return found;
}

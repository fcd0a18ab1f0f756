#!/usr/bin/env node
// Gates each built package as a consumer receives it: `pnpm pack` makes the tarball (pnpm swaps in
// `publishConfig.exports` and turns `workspace:^` into a caret range), then, on that tarball:
// - publint (package.json, exports, files) and Are The Types Wrong (types resolve for ESM
//   consumers under node16 and bundler resolution);
// - its contents: README.md and LICENSE, a package.json without `workspace:` ranges or the
//   workspace's `@esign-kit/source` condition, and no import (in .js or .d.ts) or source map
//   that reaches outside the package, nor a bare import of a package it does not declare;
// - a server-only project (`lib: ["ES2023"]`, `types: ["node"]`, no DOM, `skipLibCheck: false`)
//   that imports the server entries type-checks, every entry loads in Node, every bin runs, and
//   the entries fetch runtimes load reach nothing of Node's.
// Run after `pnpm build`. The scratch project links the workspace's own copies of third-party
// dependencies, so the check needs no network; tests/consumer installs real apps from tarballs.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'esign-kit-packages-'));
const consumer = join(scratch, 'consumer');
const names = readdirSync('packages', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`packages/${entry.name}/package.json`))
  .map((entry) => entry.name);
let failed = 0;

function report(ok, message) {
  console.log(`${ok ? '✔' : '✘'} ${message}`);
  if (!ok) failed++;
}

/** Runs a command; its output is shown only when it fails. */
function run(command, args, cwd) {
  const { status, stdout, stderr } = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (status !== 0) process.stdout.write(`${stdout ?? ''}${stderr ?? ''}`);
  return status === 0;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Module specifiers of a .js / .d.ts file's imports and re-exports, comments left out. */
function specifiersOf(code) {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [];
  for (const pattern of [
    /(?:^|[\n;])\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]) {
    for (const match of bare.matchAll(pattern)) found.push(match[1]);
  }
  return found;
}

// Imports a file makes only inside the esign-kit repository (guarded there, never reached once installed).
const workspaceOnlyImports = { [join('bin', 'esign-kit-sandbox.js')]: ['tsx/esm/api'] };
const packageNameOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);

/** Problems in an unpacked package directory: what it must hold and where its imports may lead. */
function inspect(dir, label) {
  const problems = [];
  for (const file of ['README.md', 'LICENSE', 'package.json']) {
    if (!existsSync(join(dir, file))) problems.push(`${file} is missing`);
  }
  const manifestText = readFileSync(join(dir, 'package.json'), 'utf8');
  const manifest = JSON.parse(manifestText);
  if (manifestText.includes('workspace:')) problems.push('package.json has a workspace: range');
  if (JSON.stringify(manifest.exports ?? {}).includes('@esign-kit/source')) {
    problems.push('the exports carry the @esign-kit/source condition');
  }
  if (!manifest.engines?.node) problems.push('package.json has no engines.node');
  if (!manifest.repository?.url) problems.push('package.json has no repository');
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  const inside = (target) => target === dir || target.startsWith(dir + sep);
  for (const file of filesUnder(dir)) {
    const where = relative(dir, file);
    if (file.endsWith('.map')) {
      for (const source of JSON.parse(readFileSync(file, 'utf8')).sources ?? []) {
        if (isAbsolute(source) || !inside(resolve(dirname(file), source))) {
          problems.push(`${where}: source map points outside the package (${source})`);
        }
      }
      continue;
    }
    if (!/\.(js|d\.ts)$/.test(file) || where.startsWith(`src${sep}`)) continue;
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        if (!inside(resolve(dirname(file), specifier))) problems.push(`${where}: '${specifier}' leaves the package`);
      } else if (isAbsolute(specifier) || specifier.startsWith('file:') || /^[A-Za-z]:[\\/]/.test(specifier)) {
        problems.push(`${where}: absolute import '${specifier}'`);
      } else if (
        !isBuiltin(specifier) &&
        !declared.has(packageNameOf(specifier)) &&
        !workspaceOnlyImports[where]?.includes(specifier)
      ) {
        problems.push(`${where}: imports '${specifier}', which package.json does not declare`);
      }
    }
  }
  report(
    problems.length === 0,
    `contents of the ${label} tarball${problems.length ? `:\n    ${problems.join('\n    ')}` : ''}`,
  );
  return manifest;
}

/** Links a third-party dependency of `name` into the scratch project: the workspace's installed copy. */
function linkDependency(name, dependency) {
  const target = join(consumer, 'node_modules', dependency);
  if (existsSync(target)) return;
  const installed = [
    join(root, 'packages', name, 'node_modules', dependency),
    join(root, 'node_modules', dependency),
  ].find((candidate) => existsSync(candidate));
  if (!installed) return; // an optional peer nobody installed: the type check and imports below say so if it matters
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(realpathSync(installed), target, 'dir');
}

try {
  for (const name of names) {
    const label = `@esign-kit/${name}`;
    const cwd = `packages/${name}`;
    const destination = join(scratch, 'tarballs', name);
    mkdirSync(destination, { recursive: true });
    if (!run('pnpm', ['pack', '--pack-destination', destination], cwd)) {
      report(false, `pnpm pack ${label}`);
      continue;
    }
    const tarball = join(
      destination,
      readdirSync(destination).find((file) => file.endsWith('.tgz')),
    );
    report(run('pnpm', ['exec', 'publint', 'run', '--strict', tarball], cwd), `publint ${label}`);
    // The stylesheet is an entry point without types, by design.
    const attw = ['exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped'];
    report(run('pnpm', [...attw, '--exclude-entrypoints', './styles.css'], cwd), `attw ${label}`);

    const unpacked = join(consumer, 'node_modules', '@esign-kit', name);
    mkdirSync(unpacked, { recursive: true });
    run('tar', ['xzf', tarball, '-C', unpacked, '--strip-components=1']);
    const manifest = inspect(unpacked, label);
    for (const dependency of [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]) {
      if (!dependency.startsWith('@esign-kit/')) linkDependency(name, dependency);
    }
  }

  // Bundlers and React Server Components read the directive from the built file, not the source.
  const reactEntry = join(consumer, 'node_modules/@esign-kit/react/dist/index.js');
  const builtEntry = existsSync(reactEntry) ? readFileSync(reactEntry, 'utf8') : '';
  report(builtEntry.startsWith("'use client';"), "@esign-kit/react's built entry starts with 'use client'");

  // Fetch runtimes (Workers, Bun, Deno, browsers) load these entries: nothing of Node's may be
  // reached from them (the Node adapters live in `@esign-kit/proxy/node`).
  for (const [name, entry] of [
    ['core', 'dist/index.js'],
    ['core', 'dist/server.js'],
    ['core', 'dist/esignon/index.js'],
    ['core', 'dist/esignon/server.js'],
    ['core', 'dist/events/index.js'],
    ['react', 'dist/index.js'],
    ['react', 'dist/esignon/index.js'],
    ['react', 'dist/events/index.js'],
    ['proxy', 'dist/index.js'],
    ['proxy', 'dist/esignon/index.js'],
  ]) {
    const base = join(consumer, 'node_modules/@esign-kit', name);
    const seen = new Set();
    const nodeOnly = new Set();
    const pending = [join(base, entry)];
    while (pending.length > 0) {
      const file = pending.pop();
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
        else if (isBuiltin(specifier) || /^(@hono\/node-server|hono)(\/|$)/.test(specifier)) nodeOnly.add(specifier);
      }
    }
    report(
      nodeOnly.size === 0,
      `@esign-kit/${name}'s ${entry} loads nothing of Node's${nodeOnly.size ? ` (reaches ${[...nodeOnly].join(', ')})` : ''}`,
    );
  }

  // A server that imports the server-side packages, compiled without the DOM lib.
  linkDependency('proxy', '@types/node');
  const serverEntries = [
    '@esign-kit/core',
    '@esign-kit/core/server',
    '@esign-kit/core/esignon',
    '@esign-kit/core/esignon/server',
    '@esign-kit/proxy',
    '@esign-kit/proxy/node',
    '@esign-kit/proxy/redis',
    '@esign-kit/proxy/esignon',
    '@esign-kit/sandbox',
  ];
  writeFileSync(
    join(consumer, 'server.ts'),
    `${serverEntries.map((entry, index) => `import * as entry${index} from '${entry}';`).join('\n')}\nexport const entries = [${serverEntries.map((_, index) => `entry${index}`).join(', ')}];\n`,
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023'],
        types: ['node'],
        strict: true,
        skipLibCheck: false,
        noEmit: true,
      },
      files: ['server.ts'],
    }),
  );
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'server-consumer', private: true, type: 'module' }),
  );
  report(
    run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], consumer),
    `a server-only project (lib ES2023, types node, no DOM, skipLibCheck false) type-checks ${serverEntries.join(', ')}`,
  );

  // Every JavaScript entry loads in Node from the unpacked tarballs (the stylesheet is for bundlers).
  const jsEntries = names.flatMap((name) => {
    const { exports } = JSON.parse(
      readFileSync(join(consumer, 'node_modules/@esign-kit', name, 'package.json'), 'utf8'),
    );
    return Object.keys(exports)
      .filter((subpath) => !/\.(css|json)$/.test(subpath))
      .map((subpath) => `@esign-kit/${name}${subpath.slice(1)}`);
  });
  const loader = `for (const entry of ${JSON.stringify(jsEntries)}) await import(entry);`;
  report(
    run(process.execPath, ['--input-type=module', '-e', loader], consumer),
    `every entry loads in Node: ${jsEntries.join(', ')}`,
  );

  // Every bin runs from the tarball (`--help`: prints its usage and exits).
  for (const name of names) {
    const base = join(consumer, 'node_modules/@esign-kit', name);
    const { bin = {} } = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
    for (const [command, file] of Object.entries(bin)) {
      report(run(process.execPath, [join(base, file), '--help'], consumer), `the ${command} bin runs (--help)`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

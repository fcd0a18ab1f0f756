#!/usr/bin/env node
// Size budgets (issue 15), minified + gzipped (level 9), react, react-dom and
// @tanstack/react-query external; zod and @esign-kit/core bundled in, as a user's bundler would:
//   @esign-kit/react, full import (nothing tree-shaken away)       ≤ 10,240 B
//   ContractDetailButton alone (button, launcher, modal; shaken)   ≤ 6,000 B
//   useContract + useSendReminder (two hooks; shaken)              ≤ 1,900 B
// The other rows are printed for context only. Run after `pnpm build`: entries are bundled from the
// BUILT dist, not from source through the `@esign-kit/source` condition, because dist is what the
// published package's `exports` give a consumer (tsc's emit, 'use client', `sideEffects`); esbuild
// compiling src/*.ts itself would measure a file nobody installs.
// `node scripts/check-size.mjs --analyze` also lists each bundle's biggest inputs.
// `gate: 'fail'` fails the check above the budget (the two hooks). `gate: 'warn'` reports an
// overage without failing: the full import and the button are over today (the launcher machine,
// the dialog and the labels take most of them); make an entry `gate: 'fail'` once it fits. Every
// entry also has a `ceiling`: its size when last lowered plus a little headroom, and that one fails
// the check, so sizes cannot creep up unnoticed while a budget is out of reach. Lower a ceiling
// whenever a change makes a bundle smaller.
// `browser: true` fails the check when the bundle contains any of zod: browser code reaches
// operations through their schema-free routes, and the proxy validates (docs/bundle-size.md).
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { analyzeMetafile, build } from 'esbuild';

const KB = 1024;
const anchors = [
  ['Documenso', 1.2, 'iframe only'],
  ['DocuSeal', 2.2, '+ remote script'],
  ['Plaid react-plaid-link', 3.4, '+ remote script'],
  ['Dropbox Sign hellosign-embedded', 29.3, ''],
];

const entries = [
  {
    name: '@esign-kit/react (full import)',
    contents: "import * as all from '@esign-kit/react';\nexport default all;",
    budget: 10 * KB,
    gate: 'warn',
    // 12,193 B on 2026-12-06 (12,190 before issue 15's size pass): the launcher as a pure machine +
    // connect() (~0.9 KB over the old closure code), and every route with its page facts. 12,251 B
    // with the launcher's `keepOpener` (eSignon's popup) and the read hooks' `live` option (issue 17);
    // 12,299 B with the page-completed report's hook point in the launcher; 12,075 B after the
    // launcher's second size pass (events are effects, one end per launch, each resource started once);
    // 11,894 B with routes that carry no server wire facts (`pathParams`, `wireTypes`).
    ceiling: 11_940,
    browser: true,
  },
  {
    name: 'ContractDetailButton',
    contents: "export { ContractDetailButton } from '@esign-kit/react';",
    budget: 6_000,
    gate: 'warn',
    // 6,633 B on 2026-12-06, with the launcher's `keepOpener` (6,589 B before both); 6,406 B after
    // the launcher's second size pass; 6,386 B with routes free of server wire facts.
    ceiling: 6_430,
    browser: true,
  },
  {
    name: '@esign-kit/core (full import)',
    contents: "import * as all from '@esign-kit/core';\nexport default all;",
    // The browser entry: routes, client, query options, launcher; no schema, no catalogue (9,920 B:
    // the launcher machine and connect(), page facts on the routes, issue codes; 9,784 B after the
    // launcher's second size pass; 9,604 B with routes free of server wire facts; 9,741 B with the
    // launcher's own errors in Korean too, which a headless app gets as `error.message`).
    ceiling: 9_790,
    browser: true,
  },
  {
    name: '@esign-kit/core/server (full import)',
    contents: "import * as all from '@esign-kit/core/server';\nexport default all;",
    // Definitions with their schemas, the catalogue (Korean and English), the wire codec: what the
    // proxy and the sandbox import whole (24,107 B with the page facts, `validated`, issue codes).
    ceiling: 24_300,
  },
  {
    name: 'useContract + useSendReminder',
    contents: "export { useContract, useSendReminder } from '@esign-kit/react';",
    budget: 1_900,
    gate: 'fail',
    // 1,137 B on 2026-12-06 (2,123 B before): the retry rule asks `isEsignKitError`, which tests
    // the shape, so the error class and its sentences stay out of a bundle that only reads errors.
    // 1,122 B with routes free of server wire facts.
    ceiling: 1_170,
    browser: true,
  },
  // The subpaths a Prix-only app never imports (eSignon, live status): measured so they cannot
  // grow unnoticed, and checked free of zod like the main entries.
  {
    name: '@esign-kit/react/esignon (full import)',
    contents: "import * as all from '@esign-kit/react/esignon';\nexport default all;",
    // 9,260 B on 2026-12-06: the hooks, the two buttons, the launcher and dialog they share with Prix's
    // (9,063 B after the launcher's second size pass, 9,031 B with routes free of server wire facts).
    ceiling: 9_080,
    browser: true,
  },
  {
    name: '@esign-kit/react/events (full import)',
    contents: "import * as all from '@esign-kit/react/events';\nexport default all;",
    // 3,883 B on 2026-12-06: one stream per provider, resume, fallback polling, exact invalidation;
    // ~4,020 B with the page-completed report; 3,894 B with routes free of server wire facts.
    ceiling: 3_940,
    browser: true,
  },
  { name: '@esign-kit/react/styles.css', css: 'packages/react/styles.css', ceiling: 1_024 },
];

for (const built of ['packages/core/dist/index.js', 'packages/core/dist/server.js', 'packages/react/dist/index.js']) {
  if (!existsSync(built)) {
    console.error(`✘ size: ${built} is missing. Run \`pnpm build\` first; sizes are measured on the built packages.`);
    process.exit(1);
  }
}

const common = {
  bundle: true,
  write: false,
  minify: true,
  treeShaking: true,
  metafile: true,
  logLevel: 'error',
  // Ignore the repository's tsconfig: its `paths` (for type-checking the catalogue) point the
  // packages at their sources, and a consumer's bundler never sees them.
  tsconfigRaw: '{}',
};

async function measure(entry) {
  const result = entry.css
    ? await build({ ...common, entryPoints: [entry.css], outfile: 'styles.min.css' })
    : await build({
        ...common,
        // Resolved from packages/react (a self-reference for @esign-kit/react, its dependency link for
        // core) with the default conditions only, so `exports` lead to dist as they do for a consumer.
        stdin: { contents: entry.contents, resolveDir: 'packages/react', sourcefile: 'entry.js', loader: 'js' },
        outfile: 'entry.min.js',
        platform: 'browser',
        format: 'esm',
        external: ['react', 'react-dom', '@tanstack/react-query'],
        define: { 'process.env.NODE_ENV': '"production"' },
      });
  const fromSource = Object.keys(result.metafile.inputs).filter((input) => /\.tsx?$/.test(input));
  if (fromSource.length > 0) throw new Error(`${entry.name} bundled source files, not dist: ${fromSource.join(', ')}`);
  const code = result.outputFiles[0].contents;
  return { ...entry, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** Where a figure falls among the anchors, e.g. `DocuSeal 2.2 < 3.1 KB < Plaid 3.4`. */
function placeAmongAnchors(bytes) {
  const kb = bytes / KB;
  const below = anchors.filter(([, size]) => size <= kb).at(-1);
  const above = anchors.find(([, size]) => size > kb);
  return [below && `${below[0]} ${below[1]}`, `${kb.toFixed(1)} KB`, above && `${above[0]} ${above[1]}`]
    .filter(Boolean)
    .join(' < ');
}

const results = await Promise.all(entries.map(measure));
const bytes = (n) => n.toLocaleString('en-US');
const rows = results.map((r) => {
  const over = r.budget === undefined ? undefined : r.gzipped - r.budget;
  return [
    r.name,
    bytes(r.minified),
    bytes(r.gzipped),
    r.budget === undefined ? '—' : bytes(r.budget),
    bytes(r.ceiling),
    r.gzipped > r.ceiling
      ? `✘ ${bytes(r.gzipped - r.ceiling)} over the ceiling`
      : over === undefined
        ? 'info'
        : over <= 0
          ? `✔ ${bytes(-over)} left`
          : `${r.gate === 'warn' ? '⚠' : '✘'} +${bytes(over)} over${r.gate === 'warn' ? ' (warn)' : ''}`,
    placeAmongAnchors(r.gzipped),
  ];
});
const header = ['entry', 'min B', 'min+gz B', 'budget B', 'ceiling B', 'status', 'among the anchors (min+gz KB)'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (row) =>
  row
    .map((cell, column) => (column > 0 && column < 5 ? cell.padStart : cell.padEnd).call(cell, widths[column]))
    .join('  ');
console.log('Sizes in bytes; 1 KB = 1024 B.\n');
console.log(line(header));
console.log(widths.map((width) => '─'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log(
  `\nAnchors (min+gz): ${anchors.map(([name, size, note]) => `${name} ${size} KB${note ? ` ${note}` : ''}`).join('; ')}.`,
);

if (process.argv.includes('--analyze')) {
  for (const r of results) {
    console.log(`\n${r.name}:`);
    console.log(await analyzeMetafile(r.metafile));
  }
}

const overBudget = results.filter((r) => r.budget !== undefined && r.gzipped > r.budget);
for (const r of overBudget) {
  const over = r.gzipped - r.budget;
  const [mark, what] =
    r.gate === 'warn' ? ['⚠', 'size budget exceeded (warning only, not gated)'] : ['✘', 'size budget exceeded'];
  console.error(
    `${mark} ${what}: ${r.name} is ${bytes(r.gzipped)} B min+gzip, ${bytes(over)} B ` +
      `(${((over / r.budget) * 100).toFixed(1)}%) over its ${bytes(r.budget)} B budget. ` +
      'Run `node scripts/check-size.mjs --analyze` to see its biggest inputs.',
  );
}
const overCeiling = results.filter((r) => r.gzipped > r.ceiling);
for (const r of overCeiling) {
  console.error(
    `✘ size ceiling exceeded: ${r.name} grew to ${bytes(r.gzipped)} B min+gzip, over its ceiling of ` +
      `${bytes(r.ceiling)} B. Find what grew with \`node scripts/check-size.mjs --analyze\`.`,
  );
}
/**
 * Code that belongs on the server and fails a `browser: true` entry when any of its bytes get in:
 * zod (browser code reaches operations through their schema-free routes; the proxy validates) and
 * the error catalogue (the proxy sends each error's sentences in its envelope).
 */
const serverOnlyCode = [
  {
    what: 'zod',
    input: /(^|\/)node_modules\/(\.pnpm\/)?zod[@/]/,
    why: 'some browser code imports an operation definition (or a schema) instead of its route (`findContractRoute`)',
  },
  {
    what: 'the error catalogue',
    input: /packages\/core\/dist\/errors\/errorCodes\.js$/,
    why: 'some browser code imports `describeErrorCode` or a catalogue; the proxy sends the sentences (`texts`)',
  },
];
/** How many minified bytes of files matching `pattern` the output holds (the metafile also lists inputs shaken down to nothing). */
const bytesFrom = (r, pattern) =>
  Object.values(r.metafile.outputs)
    .flatMap((output) => Object.entries(output.inputs))
    .filter(([input]) => pattern.test(input))
    .reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0);
const leaks = results.flatMap((r) =>
  r.browser
    ? serverOnlyCode.map((code) => ({ r, code, size: bytesFrom(r, code.input) })).filter((l) => l.size > 0)
    : [],
);
for (const { r, code, size } of leaks) {
  console.error(
    `✘ ${r.name} bundles ${bytes(size)} B of ${code.what} (minified): ${code.why}. ` +
      'Find it with `node scripts/check-size.mjs --analyze`.',
  );
}
const failures = [...overBudget.filter((r) => r.gate !== 'warn'), ...overCeiling, ...leaks];
if (overBudget.length === 0) console.log('✔ every size budget met');
else if (overCeiling.length === 0) console.log('✔ every bundle within its ceiling');
process.exit(failures.length === 0 ? 0 : 1);

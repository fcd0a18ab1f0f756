#!/usr/bin/env node
// A cheap guard for the dependency rule: react → core, proxy → core, sandbox → core, and core
// depends on no framework and no sibling. Fails on any import outside a package's allowlist.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

const allowed = {
  core: [/^zod(\/mini)?$/],
  react: [
    /^@esign-kit\/core(\/esignon|\/events)?$/,
    /^react(\/jsx-runtime)?$/,
    /^react-dom$/,
    /^@tanstack\/react-query$/,
  ],
  proxy: [
    /^@esign-kit\/core(\/server|\/issues|\/esignon|\/esignon\/server|\/events)?$/,
    // `utils/response` (its exported RESPONSE_ALREADY_SENT) lets the Node adapter write the proxy's own answers.
    /^@hono\/node-server(\/utils\/response)?$/,
    /^node:/,
  ],
  sandbox: [/^@esign-kit\/core(\/server|\/esignon|\/esignon\/server|\/events)?$/, /^@hono\/node-server$/, /^node:/],
};
// React is browser code: it reaches operations through core's main entry (routes, no schemas, no
// catalogue). Its tests may use `@esign-kit/core/server` (definitions, the catalogue) as a server would.
// Tests may also use the test runner and the libraries they exercise.
// (react-dom's client and server renderers: the hydration test renders as a server, then hydrates.)
const testOnly = [
  /^vitest$/,
  /^zod(\/mini)?$/,
  /^@testing-library\//,
  /^axe-core$/,
  // Property tests (the root's dev dependency, as in tests/integration).
  /^fast-check$/,
  /^node:/,
  /^react-dom\/(client|server)$/,
  /^@esign-kit\/core(\/esignon)?\/server$/,
];
// ioredis is an optional peer of the proxy, reached only through `@esign-kit/proxy/redis`: the
// Redis store may name its types (a type import is erased, so nothing loads it at run time), and
// the Redis tests may use it. Anything else importing it would make every app install it.
const fileRules = [
  { file: /^packages\/proxy\/src\/store\/redis[^/]*\.ts$/, allow: /^ioredis$/, typeOnly: true },
  { file: /^packages\/proxy\/src\/__tests__\/redis[^/]*\.ts$/, allow: /^ioredis$/, typeOnly: false },
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
let problems = 0;
for (const [name, rules] of Object.entries(allowed)) {
  for (const file of files(`packages/${name}/src`)) {
    const isTest = file.includes('__tests__');
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) continue;
      if ([...rules, ...(isTest ? testOnly : [])].some((rule) => rule.test(specifier))) continue;
      const isTypeOnly = /^\s*(?:import|export)\s+type\s/.test(match[0]);
      const path = file.split(sep).join('/');
      if (
        fileRules.some((rule) => rule.file.test(path) && rule.allow.test(specifier) && (isTypeOnly || !rule.typeOnly))
      ) {
        continue;
      }
      console.error(`✘ ${file} imports "${specifier}", which @esign-kit/${name} may not depend on.`);
      problems++;
    }
  }
}
// core's browser entry may not reach zod or the error catalogue, even through a type-erased path
// that a bundler might keep: only `export type` may name the modules that hold them.
const serverOnlyModules = /^\.\/(operations\/(?!routes\.generated)|schemas\/|errors\/errorCodes|wire\/|operation\.js)/;
for (const match of readFileSync('packages/core/src/index.ts', 'utf8').matchAll(importPattern)) {
  const specifier = match[1] ?? match[2];
  const isTypeOnly = /^\s*(?:import|export)\s+type\s/.test(match[0]);
  if (serverOnlyModules.test(specifier) && !isTypeOnly) {
    console.error(
      `✘ packages/core/src/index.ts (the browser entry) exports values from "${specifier}", which holds schemas or the error catalogue; export them from src/server.ts.`,
    );
    problems++;
  }
}
// The same for the eSignon browser entry: values only from the schema-free modules.
const esignonBrowserModules = /^\.\/(routes|queries|status)\.js$/;
for (const match of readFileSync('packages/core/src/esignon/index.ts', 'utf8').matchAll(importPattern)) {
  const specifier = match[1] ?? match[2];
  const isTypeOnly = /^\s*(?:import|export)\s+type\s/.test(match[0]);
  if (!esignonBrowserModules.test(specifier) && !isTypeOnly) {
    console.error(
      `✘ packages/core/src/esignon/index.ts (the eSignon browser entry) exports values from "${specifier}"; schemas, the catalogue and the callback parser belong in esignon/server.ts.`,
    );
    problems++;
  }
}
if (problems === 0) console.log('✔ package boundaries hold');
process.exit(problems ? 1 : 0);

// `pnpm generate:routes`: writes packages/core/src/operations/routes.generated.ts, the
// schema-free route of every browser-safe built-in operation (its id, method, path, kind and, for
// a hosted page, its page facts; typed from its definition). Browser code (query options, hooks, page buttons)
// imports these routes instead of the definitions, so no zod schema reaches a browser bundle;
// the proxy validates every input with the definition. A test renders the file again and fails
// when it is out of date, so a changed definition cannot leave its route behind. It also writes
// definitions.generated.ts, the list of every definition file's definitions the registry is made of.
//
//   node --import tsx --conditions=@esign-kit/source scripts/generate-routes.ts
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as staleLists from '../packages/core/src/operations/pageStaleQueries.js';
import type { AnyOperationDefinition, PageFacts } from '../packages/core/src/server.js';

const operationsDir = fileURLToPath(new URL('../packages/core/src/operations/', import.meta.url));
export const routesFile = join(operationsDir, 'routes.generated.ts');
export const definitionsFile = join(operationsDir, 'definitions.generated.ts');

/** What `defineOperation` returns: tells a definition from the other exports of a module (schemas, helpers). */
function isDefinition(value: unknown): value is AnyOperationDefinition {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return false;
  const candidate = value as Partial<AnyOperationDefinition>;
  return typeof candidate.id === 'string' && Array.isArray(candidate.pathParams) && candidate.input !== undefined;
}

/** Reference sections in reading order: `2.9` before `2.10`. */
function bySection(a: Found, b: Found): number {
  const parts = (found: Found) => (found.operation.reference?.section ?? '99').split('.').map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.operation.id.localeCompare(b.operation.id);
}

interface Found {
  readonly operation: AnyOperationDefinition;
  readonly exportName: string;
  /** Module specifier relative to the routes file, e.g. `./contracts/findContract.js`. */
  readonly module: string;
}

/** Every operation module's exported definitions, found by importing each module. */
async function findDefinitions(): Promise<Found[]> {
  const found: Found[] = [];
  for (const group of readdirSync(operationsDir, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    for (const file of readdirSync(join(operationsDir, group.name)).sort()) {
      if (!file.endsWith('.ts') || file === 'index.ts' || file === 'schemas.ts') continue;
      const path = join(operationsDir, group.name, file);
      const exports: Record<string, unknown> = await import(pathToFileURL(path).href);
      for (const [exportName, value] of Object.entries(exports)) {
        if (!isDefinition(value)) continue;
        const operation = value;
        const module = `./${relative(dirname(routesFile), path).replace(/\.ts$/, '.js')}`;
        found.push({ operation, exportName, module });
      }
    }
  }
  return found.sort(bySection);
}

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

function renderRoute({ operation, exportName }: Found): string {
  // No `pathParams` or `wireTypes`: they serve the server's router and decoder, which read them
  // from the definition; a browser encodes from the values it is given.
  const fields = [
    `id: ${quote(operation.id)}`,
    `method: ${quote(operation.method)}`,
    `path: ${quote(operation.path)}`,
    `kind: ${quote(operation.kind)}`,
    'serverOnly: false',
    ...(operation.deprecated ? [`deprecated: ${quote(operation.deprecated)}`] : []),
    ...(operation.page ? [`page: ${renderPage(operation.page)}`] : []),
  ];
  return [
    `/** {@link ${exportName}} without its schemas: \`${operation.method} ${operation.path}\`. */`,
    `export const ${exportName}Route: RouteOf<typeof ${exportName}> = {`,
    ...fields.map((field) => `  ${field},`),
    '};',
  ].join('\n');
}

/** A list of strings as the formatter writes it: on one line when it fits, else one item per line. */
function renderList(items: readonly string[], indent: string, prefixLength: number): string {
  const inline = `[${items.map(quote).join(', ')}]`;
  if (prefixLength + inline.length + 1 <= 120) return inline;
  return `[\n${items.map((item) => `${indent}  ${quote(item)},\n`).join('')}${indent}]`;
}

/** The shared lists of pageStaleQueries.ts, by their text: a route names one instead of copying it. */
const sharedLists = new Map<string, string>(
  Object.entries(staleLists).map(([name, list]) => [JSON.stringify(list), name] as const),
);

/** The page facts, copied: the launcher and the page buttons read them from the route. */
function renderPage(page: PageFacts): string {
  const lines = [`    name: { ko: ${quote(page.name.ko)}, en: ${quote(page.name.en)} },`];
  if (page.successUrlAt) lines.push(`    successUrlAt: ${renderList(page.successUrlAt, '    ', 18)},`);
  const shared = sharedLists.get(JSON.stringify(page.invalidates));
  lines.push(`    invalidates: ${shared ?? renderList(page.invalidates, '    ', 17)},`);
  return `{\n${lines.join('\n')}\n  }`;
}

/** The shared lists the routes use, written once at the top of the file (a bundle holds one copy). */
function renderSharedLists(found: readonly Found[]): string[] {
  const used = new Set(found.map(({ operation }) => sharedLists.get(JSON.stringify(operation.page?.invalidates))));
  return Object.entries(staleLists)
    .filter(([name]) => used.has(name))
    .map(([name, list]) => `const ${name} = ${renderList(list, '', name.length + 9)};`);
}

/** The text of routes.generated.ts for the current definitions. */
export async function renderRoutes(): Promise<string> {
  const found = (await findDefinitions()).filter(({ operation }) => !operation.serverOnly);
  const imports = [...found]
    .sort((a, b) => a.module.localeCompare(b.module))
    .map(({ exportName, module }) => `import type { ${exportName} } from '${module}';`);
  return [
    '// Generated by `pnpm generate:routes` (scripts/generate-routes.ts) from the operation definitions: do not edit.',
    '// A route is a browser-safe operation without its schemas (see `OperationRoute`), so that browser bundles carry',
    '// no validator; the proxy validates every input with the definition before Prix is called.',
    "import type { RouteOf } from '../operation.js';",
    ...imports,
    '',
    '// What a settled page may have changed (from pageStaleQueries.ts), shared by the routes below.',
    ...renderSharedLists(found),
    '',
    found.map(renderRoute).join('\n\n'),
    '',
  ].join('\n');
}

/**
 * The text of definitions.generated.ts: every definition of the operation folders, re-exported
 * (by file, as the formatter sorts them; the registry puts them in the reference's order). The registry is this module's exports and `@esign-kit/core/server`
 * re-exports it, so a new operation file is all a definition needs.
 */
export async function renderDefinitions(): Promise<string> {
  const found = await findDefinitions();
  return [
    '// Generated by `pnpm generate:routes` (scripts/generate-routes.ts) from the operation folders: do not edit.',
    '// Every definition made with `defineOperation` in packages/core/src/operations/*/: `builtInOperations`',
    '// (registry.ts) is this module in the order of the Prix reference, and `@esign-kit/core/server` re-exports it.',
    ...[...found]
      .sort((a, b) => a.module.localeCompare(b.module))
      .map(({ exportName, module }) => `export { ${exportName} } from '${module}';`),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(definitionsFile, await renderDefinitions());
  writeFileSync(routesFile, await renderRoutes());
  console.log(`wrote ${relative(process.cwd(), definitionsFile)} and ${relative(process.cwd(), routesFile)}`);
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  namedOperations,
  operationsDoc,
  reactEntries,
  renderOperationsDoc,
  unknownReactNames,
} from '../../../../../scripts/generate-operations-doc.js';
import * as react from '../../../../react/src/index.js';
import { builtInOperations } from '../../operations/registry.js';

/** The endpoint rows of docs/prix-reference.md: section → method, path and Prix page. */
function referenceIndex(): Map<string, { method: string; path: string; page: string }> {
  const text = readFileSync(new URL('../../../../../docs/prix-reference.md', import.meta.url), 'utf8');
  const rows = text.matchAll(
    /^\| ([\d.]+)\s*\| ([A-Z]+)\s*\| `([^`]+)`[^|]*\| \[[^\]]+\]\(https:\/\/api-kit\.prix\.im\/([^)]+)\)/gm,
  );
  return new Map(
    [...rows].map(([, section = '', method = '', path = '', page = '']) => [section, { method, path, page }]),
  );
}

/** `contracts/{contractUuid}/url` and the index's `contracts/{uuid}/url` name the same path. */
const shape = (path: string) => path.replaceAll(/\{[^}]+\}/g, '{}');

describe('docs/operations.md', () => {
  it('is what the generator makes of the current definitions (run `pnpm generate:docs` after changing one)', () => {
    const text = readFileSync(operationsDoc, 'utf8');
    expect(text).toBe(renderOperationsDoc(text));
  });

  it('lists every built-in operation once, by its export name', () => {
    const text = readFileSync(operationsDoc, 'utf8');
    for (const { exportName, operation } of namedOperations()) {
      expect(
        text.match(new RegExp(`^\\| .*\\| \`${exportName}\`.*\\| \`${operation.id.replace('.', '\\.')}\` `, 'gm')),
      ).toHaveLength(1);
    }
  });
});

describe("each built-in operation's reference", () => {
  const index = referenceIndex();

  it.each(builtInOperations.map((operation) => [operation.id, operation] as const))(
    '%s names the section and page of docs/prix-reference.md that documents its method and path',
    (_id, operation) => {
      const row = index.get(operation.reference?.section ?? '');
      expect(row).toMatchObject({ method: operation.method, page: operation.reference?.page });
      expect(shape(row?.path ?? '')).toBe(shape(operation.path));
    },
  );

  it('puts the registry in reference order, one operation per section', () => {
    const sections = builtInOperations.map((operation) => operation.reference?.section ?? '');
    const order = (section: string) => section.split('.').map(Number) as [number, number];
    const sorted = [...sections].sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
    expect(sections).toEqual(sorted);
    expect(new Set(sections).size).toBe(builtInOperations.length);
  });
});

describe('the React names the generator lists', () => {
  /** Hooks and components that take any operation, or none: the doc names them in its prose. */
  const generic = new Set([
    'useEsignQuery',
    'useEsignMutation',
    'usePageLauncher',
    'PageButton',
    'useEsignClient',
    'usePageSettings',
  ]);

  it('are React exports', () => {
    expect(unknownReactNames()).toEqual([]);
    for (const { exportName, operation } of namedOperations()) {
      for (const name of reactEntries(exportName, operation)) expect(Object.keys(react)).toContain(name);
    }
  });

  it("cover every operation hook and page button React exports (a name off the convention needs the generator's exception list)", () => {
    const listed = new Set(
      namedOperations().flatMap(({ exportName, operation }) => reactEntries(exportName, operation)),
    );
    const operationExports = Object.keys(react).filter((name) => /^use[A-Z]|Button$/.test(name) && !generic.has(name));
    expect(operationExports.filter((name) => !listed.has(name))).toEqual([]);
  });
});

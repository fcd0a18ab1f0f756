import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as browser from '../esignon/index.js';
import * as server from '../esignon/server.js';

// The public API of each eSignon entry, written out: a name added or dropped is an API change.
const browserEntry = [
  'esignonCancelWorkflowMutation',
  'esignonCancelWorkflowRoute',
  'esignonDownloadUrlRoute',
  'esignonSigningUrlRoute',
  'esignonStartWorkflowMutation',
  'esignonStartWorkflowRoute',
  'esignonStatusRank',
  'esignonWorkflowKey',
  'esignonWorkflowQuery',
  'esignonWorkflowRoute',
  'esignonWorkflowStatuses',
  'hasEsignonDocuments',
  'isEsignonWorkflowOver',
  'isEsignonWorkflowQuery',
];
const serverEntry = [
  'defineEsignonOperation',
  'esignonCallbackKey',
  'esignonCancelWorkflow',
  'esignonCancelWorkflowDataSchema',
  'esignonContactSchema',
  'esignonDownloadUrl',
  'esignonDownloadUrlInputSchema',
  'esignonErrorCatalogue',
  'esignonErrorFor',
  'esignonKoreanIssues',
  'esignonLoginWire',
  'esignonOperations',
  'esignonPageUrlDataSchema',
  'esignonSigningUrl',
  'esignonStartWorkflow',
  'esignonStartWorkflowDataSchema',
  'esignonStartWorkflowInputSchema',
  'esignonTitleSchema',
  'esignonTokenRefusedCode',
  'esignonWorkflow',
  'esignonWorkflowIdSchema',
  'esignonWorkflowInputSchema',
  'esignonWorkflowSchema',
  'esignonWorkflowStatusSchema',
  'fromDownloadAnswer',
  'fromStartAnswer',
  'fromWorkflowBody',
  'isEsignonTokenRefused',
  'isNewerState',
  'parseEsignonCallback',
  'readEsignonAnswer',
  'stateFromCallback',
  'toCancelBody',
  'toDownloadBody',
  'toLoginBody',
  'toStartSimpleBody',
  'withEsignonState',
];

const source = dirname(fileURLToPath(import.meta.url));

/**
 * Every module the file loads at run time, followed through relative imports: `import type` and
 * `export type` lines are erased by the compiler and skipped; any other import or re-export counts.
 */
function runtimeGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)) {
      const specifier = match[2] as string;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  }
  return { files, packages };
}

describe('@esign-kit/core/esignon (the browser entry)', () => {
  it('should export exactly its public API', () => {
    expect(Object.keys(browser).sort()).toEqual(browserEntry);
  });

  it('should load no zod, no schema module, no error catalogue and no callback parser at run time', () => {
    const { files, packages } = runtimeGraph(resolve(source, '../esignon/index.ts'));
    expect([...packages]).toEqual([]);
    const loaded = [...files].map((file) => file.slice(resolve(source, '..').length + 1)).sort();
    expect(
      loaded.filter((file) =>
        /schemas|errorCodes|esignon\/(errors|callback|mapping|operations|inputSchemas|dataSchemas)/.test(file),
      ),
    ).toEqual([]);
    expect(loaded).toContain('esignon/routes.ts');
  });

  it('should export no schema and no definition', () => {
    for (const [name, value] of Object.entries(browser)) {
      expect(typeof value === 'object' && value !== null && ('_zod' in value || 'input' in value), name).toBe(false);
    }
  });
});

describe('@esign-kit/core/esignon/server', () => {
  it('should load zod (so the browser check above can see it)', () => {
    expect([...runtimeGraph(resolve(source, '../esignon/server.ts')).packages]).toContain('zod/mini');
  });

  it('should export exactly its public API, and nothing the browser entry exports', () => {
    expect(Object.keys(server).sort()).toEqual(serverEntry);
    expect(Object.keys(server).filter((name) => Object.hasOwn(browser, name))).toEqual([]);
  });

  it('should be reachable by name through the package exports, in the workspace and when published', () => {
    const manifest = JSON.parse(readFileSync(resolve(source, '../../package.json'), 'utf8'));
    expect(manifest.exports['./esignon']).toEqual({
      '@esign-kit/source': './src/esignon/index.ts',
      types: './dist/esignon/index.d.ts',
      default: './dist/esignon/index.js',
    });
    expect(manifest.exports['./esignon/server']['@esign-kit/source']).toBe('./src/esignon/server.ts');
    expect(manifest.publishConfig.exports['./esignon/server']).toEqual({
      types: './dist/esignon/server.d.ts',
      default: './dist/esignon/server.js',
    });
  });
});

describe('a Prix-only app', () => {
  it('should load nothing of eSignon through core’s entries', () => {
    for (const entry of ['../index.ts', '../server.ts']) {
      const { files } = runtimeGraph(resolve(source, entry));
      expect(
        [...files].filter((file) => file.includes('/esignon/')),
        entry,
      ).toEqual([]);
    }
  });
});

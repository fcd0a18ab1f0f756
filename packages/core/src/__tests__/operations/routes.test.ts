import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  definitionsFile,
  renderDefinitions,
  renderRoutes,
  routesFile,
} from '../../../../../scripts/generate-routes.js';
import { browserSafeOperations } from '../../operations/registry.js';
import * as routes from '../../operations/routes.generated.js';

const routeList = Object.values(routes);

describe('definitions.generated.ts', () => {
  it('lists every definition of the operation folders (run `pnpm generate:routes` after adding one)', async () => {
    expect(readFileSync(definitionsFile, 'utf8')).toBe(await renderDefinitions());
  });
});

describe('routes.generated.ts', () => {
  it('is what the generator makes of the current definitions (run `pnpm generate:routes` after changing one)', async () => {
    expect(readFileSync(routesFile, 'utf8')).toBe(await renderRoutes());
  });

  it('has one route per browser-safe operation, equal to it (page facts included) but for the schemas, the docs and the server’s wire facts (path parameters, wire types)', () => {
    expect(routeList.map((route) => route.id).sort()).toEqual(
      browserSafeOperations()
        .map((op) => op.id)
        .sort(),
    );
    for (const route of routeList) {
      const definition = browserSafeOperations().find((op) => op.id === route.id);
      expect(route, route.id).toEqual({
        id: definition?.id,
        method: definition?.method,
        path: definition?.path,
        kind: definition?.kind,
        serverOnly: false,
        ...(definition?.deprecated ? { deprecated: definition.deprecated } : {}),
        ...(definition?.page ? { page: definition.page } : {}),
      });
    }
  });

  it('imports nothing at run time, so a browser bundle of a route holds no schema', () => {
    const imports = readFileSync(routesFile, 'utf8').match(/^import .*$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(1);
    for (const line of imports) expect(line).toMatch(/^import type /);
  });
});

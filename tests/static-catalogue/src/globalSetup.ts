import type { TestProject } from 'vitest/node';
import { buildCatalogue, isFresh, staticDir } from './build.js';
import { serveStatic } from './staticServer.js';
import { catalogueHost } from './visitor.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://catalogue.example.test:<port>`, the static build as a visitor reaches it; `null` when it could not be built. */
    catalogueOrigin: string | null;
    /** The build's directory (its `index.json` lists the stories). */
    catalogueDir: string;
    /** Why there is no catalogue, when there is none. */
    catalogueError: string | null;
  }
}

/**
 * Builds the static catalogue (unless a build newer than every source exists) and serves it
 * with a plain static file server, as a host such as GitHub Pages would.
 */
export default async function setup(project: TestProject) {
  project.provide('catalogueDir', staticDir);
  try {
    if (isFresh()) console.log(`[static-catalogue] reusing ${staticDir} (newer than its sources)`);
    else console.log(`[static-catalogue] built in ${((await buildCatalogue()) / 1000).toFixed(1)}s`);
  } catch (error) {
    // Reported by the tests, not thrown: a throw here would stop every project's tests.
    project.provide('catalogueOrigin', null);
    project.provide('catalogueError', error instanceof Error ? error.message : String(error));
    return;
  }
  const server = await serveStatic(staticDir);
  project.provide('catalogueOrigin', `http://${catalogueHost}:${server.port}`);
  project.provide('catalogueError', null);
  return () => server.close();
}

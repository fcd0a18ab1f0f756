import { describe, expect, it } from 'vitest';
import { itWorksInTheBrowser } from './browserFlows.js';
import { installedApp } from './installedApp.js';

describe('a Vite + React SPA with a Node server, from the packed packages', () => {
  it('builds (vite build, and the server with tsc)', () => {
    const { builds } = installedApp('vite');
    expect(Object.keys(builds)).toEqual(['vite build', 'server']);
    for (const [name, build] of Object.entries(builds)) {
      expect(build.ok, `${name} failed:\n${build.output}`).toBe(true);
    }
  });

  itWorksInTheBrowser('vite');
});

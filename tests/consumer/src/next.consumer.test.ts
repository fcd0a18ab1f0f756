import { describe, expect, inject, it } from 'vitest';
import { itWorksInTheBrowser } from './browserFlows.js';
import { installedApp } from './installedApp.js';

describe('a Next.js App Router app, from the packed packages', () => {
  it('builds (next build)', () => {
    const { builds } = installedApp('next');
    expect(Object.keys(builds)).toEqual(['next build']);
    for (const [name, build] of Object.entries(builds)) {
      expect(build.ok, `${name} failed:\n${build.output}`).toBe(true);
    }
  });

  it('renders the server component that imports @esign-kit/react on the server', async () => {
    const { publicUrl } = inject('consumerApps').next;
    if (!publicUrl) throw new Error('The Next.js app is not running.');
    const port = new URL(publicUrl).port;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Rendered by a server component.');
  });

  itWorksInTheBrowser('next');
});

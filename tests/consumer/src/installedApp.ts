import { inject } from 'vitest';
import type { ConsumerApp } from './globalSetup.js';

/** The folder of an installed scratch app; fails the test with the set-up's error when there is none. */
export function installedApp(name: 'vite' | 'next'): ConsumerApp & { dir: string } {
  const app = inject('consumerApps')[name];
  if (app.dir === null) throw new Error(app.startError ?? `The ${name} app was not installed.`);
  return app as ConsumerApp & { dir: string };
}

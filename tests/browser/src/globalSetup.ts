import { createServer } from 'node:http';
import { createEsignProxy, toNodeListener } from '@esign-kit/proxy';
import { startSandbox } from '@esign-kit/sandbox';
import type { TestProject } from 'vitest/node';
import { browserStackPorts } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxOrigin: string;
  }
}

/**
 * The real sandbox and proxy for the browser tests, on loopback. The tests' page reaches the
 * proxy through the Vite server at `/api/esign` (same origin, like an app), and the sandbox's
 * hosted pages on their own origin (like Prix's).
 */
export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({ port: browserStackPorts.sandbox, apiKey: 'sk_browser_tests_0123456789' });
  const proxy = createEsignProxy({
    apiKey: sandbox.sandbox.apiKey,
    upstream: sandbox.upstream,
    authorize: () => true,
  });
  const server = createServer(toNodeListener(proxy));
  await new Promise<void>((resolve) => server.listen(browserStackPorts.proxy, '127.0.0.1', resolve));
  project.provide('sandboxOrigin', sandbox.url);

  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await sandbox.close();
  };
}

import { createServer } from 'node:http';
import { createEsignProxy } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { startSandbox } from '@esign-kit/sandbox';
import type { TestProject } from 'vitest/node';
import { appOriginOf, browserStackPorts } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxOrigin: string;
    /** The origin the proxy trusts as the app's: the test page must be served from it. */
    appOrigin: string;
  }
}

/**
 * The real sandbox and proxy for the browser tests, on loopback. The tests' page reaches the
 * proxy through the Vite server at `/api/esign` (same origin, like an app), and the sandbox's
 * hosted pages on their own origin (like Prix's).
 *
 * - The proxy serves its return page at `/api/esign/return` (always on), where hosted pages send
 *   the user when done, and trusts the test page's origin (the Vite browser server's) for its
 *   POSTs (`allowedOrigins`) and as the only place `successUrl` may point to (`redirectOrigins`).
 *   Its defaults (the request's own origin) would not do: Vite's proxy rewrites `Host`, so the
 *   proxy sees `127.0.0.1:<proxy port>`. The browser server starts after this setup, so its
 *   origin is taken from the configured port; tests check `location.origin` against it.
 * - The sandbox lets pages on loopback origins (the test page) drive its control surface over
 *   CORS (`controlOrigins: ['loopback']`), e.g. `POST /__sandbox/framing` to refuse framing.
 *   Test files run side by side against this one sandbox: change only what is yours (your own
 *   page URLs, your own uniquely named records) and never reset it.
 */
export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({
    port: browserStackPorts.sandbox,
    apiKey: 'sk_browser_tests_0123456789',
    controlOrigins: ['loopback'],
  });
  const appOrigin = appOriginOf(project.globalConfig.browser.api);
  const proxy = createEsignProxy({
    apiKey: sandbox.sandbox.apiKey,
    upstream: sandbox.upstream,
    authorize: () => true,
    allowedOrigins: [appOrigin],
    redirectOrigins: [appOrigin],
  });
  const server = createServer(toNodeListener(proxy));
  await new Promise<void>((resolve) => server.listen(browserStackPorts.proxy, '127.0.0.1', resolve));
  project.provide('sandboxOrigin', sandbox.url);
  project.provide('appOrigin', appOrigin);

  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await sandbox.close();
  };
}

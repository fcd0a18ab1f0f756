import { createServer } from 'node:http';
import { createEsignProxy } from '@esign-kit/proxy';
import { esignon } from '@esign-kit/proxy/esignon';
import { toNodeListener } from '@esign-kit/proxy/node';
import { startSandbox } from '@esign-kit/sandbox';
import type { TestProject } from 'vitest/node';
import { esignonProxyPath, esignonStackPorts } from './esignonPorts.js';
import { appOriginOf } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The eSignon stack's sandbox: its signing pages are at `<origin>/esignon/mail/sign`. */
    esignonSandboxOrigin: string;
  }
}

/**
 * The real sandbox and proxy for the eSignon browser tests, on loopback. The proxy logs in to the
 * sandbox's eSignon and serves the callback route the sandbox POSTs to; the test page reaches it
 * at `/esignon-api` through the Vite server. The sandbox's signing page posts its
 * `callback_fn` message to the callback URL's origin and to the test page's (`openerOrigins`),
 * which is the page's opener: that is the path under test.
 */
export default async function setup(project: TestProject) {
  const appOrigin = appOriginOf(project.globalConfig.browser.api);
  const sandbox = await startSandbox({
    port: esignonStackPorts.sandbox,
    apiKey: 'sk_browser_esignon_0123456789',
    controlOrigins: ['loopback'],
    esignon: { openerOrigins: [appOrigin], callbackRetryDelaysMs: [50, 200] },
  });
  const proxyOrigin = `http://127.0.0.1:${esignonStackPorts.proxy}`;
  const proxy = createEsignProxy({
    basePath: esignonProxyPath,
    authorize: () => true,
    allowedOrigins: [appOrigin],
    vendors: [
      esignon({
        upstream: `${sandbox.url}/esignon`,
        companyId: 'esignkit',
        email: 'admin@esignkit.example',
        password: 'sandbox-esignon-pw',
        callback: {
          url: `${proxyOrigin}${esignonProxyPath}/esignon/callback`,
          authorization: 'browser-esignon-callback-secret',
        },
      }),
    ],
  });
  const server = createServer(toNodeListener(proxy));
  await new Promise<void>((resolve) => server.listen(esignonStackPorts.proxy, '127.0.0.1', resolve));
  project.provide('esignonSandboxOrigin', sandbox.url);

  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await sandbox.close();
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEsignProxy, type EsignProxyOptions } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { startSandbox } from '@esign-kit/sandbox';

export const sandboxKey = 'sk_test_integration_0123456789abcdef';

/** Serves a Node request listener on an ephemeral loopback port. */
export async function listen(
  listener: Parameters<typeof createServer>[1],
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * The real sandbox and the real proxy, each on its own loopback port, as in production:
 * browser → proxy (holds the key) → sandbox.
 */
export async function startStack(overrides: Partial<EsignProxyOptions> = {}) {
  const sandbox = await startSandbox({ port: 0, apiKey: sandboxKey });
  const proxy = createEsignProxy({
    apiKey: sandboxKey,
    upstream: sandbox.upstream,
    authorize: () => true,
    ...overrides,
  });
  const proxyServer = await listen(toNodeListener(proxy));
  return {
    sandbox,
    state: sandbox.sandbox.state,
    proxyUrl: `${proxyServer.url}/api/esign`,
    async close() {
      await proxyServer.close();
      await sandbox.close();
    },
  };
}

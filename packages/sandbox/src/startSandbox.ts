import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createSandbox, type Sandbox, type SandboxOptions } from './createSandbox.js';
import { kitPrefix } from './handleKitRequest.js';

export interface StartSandboxOptions extends SandboxOptions {
  /**
   * TCP port to listen on; `0` picks a free one (read it back from `url`).
   * @default 4010
   */
  port?: number;
  /**
   * Interface to bind. The default keeps the sandbox off the network.
   * @default '127.0.0.1'
   */
  host?: string;
}

/** A sandbox listening on a real HTTP port. */
export interface RunningSandbox {
  /** Origin of the server, e.g. `http://127.0.0.1:4010`, with the real port when `port` was `0`. */
  readonly url: string;
  /** `url` + `/kit-api/v1`: what the proxy's upstream base URL should be set to. */
  readonly upstream: string;
  readonly sandbox: Sandbox;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/**
 * Serves a new sandbox over HTTP on `node:http`, for `pnpm dev`, demos and loopback tests.
 *
 * @example
 * ```ts
 * import { startSandbox } from '@esign-kit/sandbox'
 *
 * const running = await startSandbox({ port: 0 })
 * // Point the proxy at running.upstream with running.sandbox.apiKey …
 * await running.close()
 * ```
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const { port = 4010, host = '127.0.0.1', ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  // `overrideGlobalObjects: false`: by default the adapter swaps the process-wide Request and
  // Response for its own classes, which a library must not do to its host application.
  const server = createServer(
    getRequestListener((request) => sandbox.fetch(request), { overrideGlobalObjects: false }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port: actualPort } = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${actualPort}`;
  return {
    url,
    upstream: `${url}${kitPrefix}`,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would otherwise hold `close` open until they time out.
        server.closeAllConnections();
      }),
  };
}

/** A host as it must appear in a URL; a wildcard bind is reached through loopback. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

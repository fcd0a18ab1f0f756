import type { IncomingMessage, ServerResponse } from 'node:http';
import { toNodeListener } from '@esign-kit/proxy/node';
import { startSandbox } from '@esign-kit/sandbox';
import { createStackRouter } from './stacks.js';

/**
 * The live stacks of `storybook dev` and of the Vitest run, in the Vite server's process: each
 * story's sandbox is a real `startSandbox` on its own loopback port (its hosted pages on another
 * origin than Storybook's, like Prix's), reached by the real proxy over HTTP. The proxy is
 * mounted on Storybook's own server under `/api/esign`, so its default origin checks (the
 * request's own origin) hold as they would in an app. Loaded through Vite (`ssrLoadModule`), so
 * the workspace packages resolve to their sources.
 */
export function createNodeLive() {
  const router = createStackRouter({
    async createSandbox({ apiKey, refuseFraming, esignonCallbacks }) {
      const running = await startSandbox({
        port: 0,
        host: '127.0.0.1',
        apiKey,
        refuseFraming,
        esignon: { fetch: (input, init) => esignonCallbacks(new Request(input, init)) },
      });
      return {
        sandbox: running.sandbox,
        pagesOrigin: running.url,
        upstream: running.upstream,
        upstreamFetch: (input, init) => fetch(input, init),
        esignonUpstream: `${running.url}/esignon`,
        close: () => running.close(),
      };
    },
  });
  const listener = toNodeListener((request) => router.handle(request));
  return {
    /** Connect middleware: the proxy and the live routes; everything else goes on to Storybook. */
    middleware(request: IncomingMessage, response: ServerResponse, next: () => void) {
      const pathname = (request.url ?? '/').split('?')[0] ?? '/';
      if (router.handles(pathname)) listener(request, response);
      else next();
    },
    close: () => router.close(),
  };
}

import { createSandbox } from '@esign-kit/sandbox';
import { createStackRouter } from './stacks.js';

/**
 * The static catalogue's live stack: the same sandbox and proxy fetch handlers as in
 * `storybook dev`, run by a service worker on the catalogue's own origin. It answers the proxy
 * (`/api/esign/*`), the live routes (`/__esign-kit/*`) and the sandbox's hosted pages
 * (`/pages/*`, found by the token of the sandbox that minted them); everything else goes to the
 * static host untouched. The proxy reaches its sandbox in-process, on a loopback upstream URL.
 *
 * Served from the root of the catalogue: the hosted pages live at `/pages/`, so the catalogue
 * must be served at the root of its origin (a sub-path would put them out of the worker's scope).
 */
// The worker's own globals, declared here rather than through `lib: webworker`, which clashes
// with the DOM types the rest of the program is checked with.
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
declare const self: {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
};

const router = createStackRouter({
  // A browser may stop an idle worker: stacks come back (fresh) from their ids, and the preview
  // pings every 20 s while a story is open so that its stack survives.
  maxStacks: 100,
  async createSandbox({ apiKey, refuseFraming, esignonCallbacks }) {
    // eSignon's callbacks go straight to this stack's proxy, in the worker.
    const sandbox = createSandbox({
      apiKey,
      refuseFraming,
      esignon: { fetch: (input, init) => esignonCallbacks(new Request(input, init)) },
    });
    const pagesOrigin = self.location.origin;
    return {
      sandbox,
      pagesOrigin,
      // The proxy only accepts https or loopback upstreams; the requests never leave the worker.
      upstream: 'http://127.0.0.1/kit-api/v1',
      // `upstreamFetch` maps any path onto the sandbox, eSignon's too.
      esignonUpstream: 'http://127.0.0.1/esignon',
      async upstreamFetch(input, init) {
        const request = new Request(input, init);
        const { pathname, search } = new URL(request.url);
        // On the catalogue's origin, so that the page URLs the sandbox mints are ones this worker serves.
        return sandbox.fetch(
          new Request(`${pagesOrigin}${pathname}${search}`, {
            method: request.method,
            headers: request.headers,
            body: request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer(),
          }),
        );
      },
      close: async () => {},
    };
  },
});

self.addEventListener('install', () => {
  void self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === '/__esign-kit/ping') {
    event.respondWith(new Response(null, { status: 204 }));
    return;
  }
  if (router.handles(url.pathname)) {
    event.respondWith(router.handle(event.request));
    return;
  }
  if (url.pathname.startsWith('/esignon/')) {
    // An eSignon signing page or file: served by the sandbox that minted its token.
    event.respondWith(router.serveEsignon(event.request));
    return;
  }
  if (url.pathname.startsWith('/pages/')) {
    const sandbox = router.pageOwner(url.pathname);
    // Unknown token: the sandbox that minted it is gone; its own 404 page says so.
    event.respondWith((sandbox ?? createSandbox()).fetch(event.request));
  }
});

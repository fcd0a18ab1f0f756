import { createEsignClient, type EsignClient, type Locale } from '@esign-kit/core';
import {
  livePrefix,
  newStackId,
  proxyBasePath,
  type StackInfo,
  type StackOptions,
  type SubmitPageResult,
  stackHeader,
} from './protocol.js';

declare const __ESIGN_KIT_LIVE__: 'server' | 'service-worker';

/** A story's own sandbox and proxy, as the preview sees them. */
export interface StoryStack {
  readonly id: string;
  /** Origin of the sandbox's hosted pages (the launcher's `allowedOrigins` and `handshakeOrigins`). */
  readonly pagesOrigin: string;
  /** A client of this stack's proxy, at `/api/esign` like an app's, in `locale`. */
  client(locale: Locale): EsignClient;
  /** The sandbox's control surface (`/__sandbox/<route>`): reminders, requests, state, framing… */
  control<T = unknown>(route: string, body?: unknown): Promise<T>;
  /**
   * Submits a hosted page's form as it was rendered, with `fields` typed over it, and answers
   * where the page sent the browser: what a user filling it in and pressing its submit button
   * (`button`: that button's value) does. The page is cross-origin, out of a play function's reach.
   */
  submitPage(url: string, typed?: { fields?: Record<string, string>; button?: string }): Promise<SubmitPageResult>;
}

let workerReady: Promise<void> | undefined;

/** In the static build, the service worker must control this page before any request. */
function ensureWorker(): Promise<void> {
  if (__ESIGN_KIT_LIVE__ !== 'service-worker') return Promise.resolve();
  workerReady ??= (async () => {
    if (!('serviceWorker' in navigator)) throw new Error('This browser has no service workers: no live data.');
    await navigator.serviceWorker.register('/esign-kit-live-sw.js', { scope: '/' });
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
    // A browser stops idle workers; a ping now and then keeps the stacks of open stories alive.
    setInterval(() => void fetch(`${livePrefix}/ping`).catch(() => {}), 20_000);
  })();
  return workerReady;
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, init);
  const body = (await response.json().catch(() => undefined)) as
    | { ok: true; data: T }
    | { ok: false; message?: string }
    | undefined;
  if (body?.ok !== true) {
    const message = body && 'message' in body ? body.message : '';
    throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${message ?? ''}`);
  }
  return body.data;
}

/**
 * Starts a fresh stack for one story (its sandbox seeded, its proxy allowing all unless told), or
 * finds the shared `'default'` one (what requests without a stack header reach).
 */
export async function openStack(options: StackOptions | 'default' = {}): Promise<StoryStack> {
  await ensureWorker();
  const id = options === 'default' ? 'default' : newStackId(options);
  const base = `${livePrefix}/stacks/${id}`;
  const info = await call<StackInfo>(base, { method: 'POST' });
  const clients = new Map<Locale, EsignClient>();
  return {
    id,
    pagesOrigin: info.pagesOrigin,
    client(locale) {
      let client = clients.get(locale);
      if (!client) {
        client = createEsignClient({ baseUrl: proxyBasePath, locale, headers: { [stackHeader]: id } });
        clients.set(locale, client);
      }
      return client;
    },
    control: (route, body) =>
      call(`${base}/sandbox/${route}`, {
        method: body === undefined ? 'GET' : 'POST',
        ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      }),
    submitPage: (url, typed = {}) =>
      call<SubmitPageResult>(`${base}/submit-page`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ url, ...typed }),
      }),
  };
}

import { createEsignClient, type EsignClient } from '@esign-kit/core';
import { EsignKitProvider, type PageSettings } from '@esign-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, type ReactNode, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { inject } from 'vitest';

let root: Root | undefined;
let host: HTMLElement | undefined;

export interface RenderOptions {
  /** The client's language (labels, error messages). @default 'en' */
  locale?: 'ko' | 'en';
  /** @default the sandbox's origin, allowed and shaking hands */
  pages?: PageSettings;
  /**
   * The fetch the client calls the proxy with: wrap the real one to observe requests, or answer
   * by hand to play a compromised proxy. Ignored when `client` is given.
   * @default the browser's fetch, through the Vite server to the real proxy
   */
  fetch?: typeof fetch;
  /** A client of the test's own. @default `createEsignClient({ baseUrl: '/api/esign', locale, fetch })` */
  client?: EsignClient;
}

/** Renders into a fresh container under StrictMode, inside the provider, like an app would. */
export async function render(
  ui: ReactNode,
  options: RenderOptions = {},
): Promise<{ client: EsignClient; queryClient: QueryClient }> {
  await cleanup();
  host = document.createElement('div');
  host.id = 'app';
  document.body.append(host);
  const client =
    options.client ??
    createEsignClient({
      baseUrl: '/api/esign',
      locale: options.locale ?? 'en',
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const sandboxOrigin = inject('sandboxOrigin');
  const pages = options.pages ?? { allowedOrigins: [sandboxOrigin], handshakeOrigins: [sandboxOrigin] };
  const currentRoot = createRoot(host);
  root = currentRoot;
  await inAct(async () => {
    currentRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <EsignKitProvider client={client} pages={pages}>
            {ui}
          </EsignKitProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
  return { client, queryClient };
}

/** Unmounts what `render` mounted (also the way to test unmounting mid-flight). */
export async function cleanup() {
  const current = root;
  root = undefined;
  if (current) await inAct(async () => current.unmount());
  host?.remove();
  host = undefined;
}

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/**
 * `act` with React told it is in a test environment, for that call only: later updates come from
 * the real browser (a message, a mint resolving) and are awaited with `expect.element`/`poll`.
 */
async function inAct(callback: () => Promise<void>) {
  const previous = globalThis.IS_REACT_ACT_ENVIRONMENT;
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(callback);
  } finally {
    globalThis.IS_REACT_ACT_ENVIRONMENT = previous;
  }
}

/** What a test can see of the launcher's listeners: message listeners on `window`, open channels. */
export interface ListenerCount {
  readonly messageListeners: number;
  readonly broadcastChannels: number;
}

/**
 * Counts, from now on, the `message` listeners added to `window` and not removed, and the
 * BroadcastChannels opened and not closed (the two ways the launcher hears pages). Call before
 * rendering; `stop()` puts the real methods back.
 */
export function watchListeners(): { count(): ListenerCount; stop(): void } {
  const win = window;
  const listeners = new Set<unknown>();
  const channels = new Set<BroadcastChannel>();
  const { addEventListener, removeEventListener } = win;
  const ownAdd = Object.getOwnPropertyDescriptor(win, 'addEventListener');
  const ownRemove = Object.getOwnPropertyDescriptor(win, 'removeEventListener');
  const RealChannel = globalThis.BroadcastChannel;

  win.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
    if (args[0] === 'message') listeners.add(args[1]);
    return addEventListener.apply(this, args);
  } as Window['addEventListener'];
  win.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
    if (args[0] === 'message') listeners.delete(args[1]);
    return removeEventListener.apply(this, args);
  } as Window['removeEventListener'];
  globalThis.BroadcastChannel = class CountedChannel extends RealChannel {
    constructor(name: string) {
      super(name);
      channels.add(this);
    }
    override close() {
      channels.delete(this);
      super.close();
    }
  };

  return {
    count: () => ({ messageListeners: listeners.size, broadcastChannels: channels.size }),
    stop() {
      // Back to the prototype's methods (or to what the page had set itself).
      if (ownAdd) Object.defineProperty(win, 'addEventListener', ownAdd);
      else Reflect.deleteProperty(win, 'addEventListener');
      if (ownRemove) Object.defineProperty(win, 'removeEventListener', ownRemove);
      else Reflect.deleteProperty(win, 'removeEventListener');
      globalThis.BroadcastChannel = RealChannel;
    },
  };
}

/** A request the client sent, as the recording fetch saw it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query on the app's origin, e.g. `/api/esign/contracts/<uuid>/url`. */
  readonly path: string;
  readonly body: string | undefined;
  readonly signal: AbortSignal | undefined;
  /** The answer's JSON body (`undefined` when it failed or was not JSON). */
  readonly answer: Promise<unknown>;
}

/**
 * A fetch for `render({ fetch })` that records each request, then hands it to `respond` (by
 * default the browser's fetch, so it reaches the real proxy).
 */
export function recordingFetch(respond: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> = fetch) {
  const requests: RecordedRequest[] = [];
  const recording: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    // Buffered before the client sees it, so the recording has the body even if the launch is
    // aborted (which also aborts reading a body still in flight).
    const response = respond(input, init).then(async (answer) => {
      const text = await answer.text();
      return { text, response: new Response(text, answer) };
    });
    requests.push({
      method: init?.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      body: typeof init?.body === 'string' ? init.body : undefined,
      signal: init?.signal ?? undefined,
      answer: response.then(({ text }) => JSON.parse(text) as unknown).catch(() => undefined),
    });
    return response.then((buffered) => buffered.response);
  };
  return { fetch: recording, requests };
}

/** How many requests the sandbox has logged for `path` (its control surface is readable from any origin). */
export async function sandboxRequestCount(path: string): Promise<number> {
  const response = await fetch(`${inject('sandboxOrigin')}/__sandbox/requests`);
  const body = (await response.json()) as { data: { requests: { path: string }[] } };
  return body.data.requests.filter((request) => request.path === path).length;
}

import { createEsignProxy, type EsignProxyHandler } from '@esign-kit/proxy';
import { esignon } from '@esign-kit/proxy/esignon';
import type { Sandbox } from '@esign-kit/sandbox';
import { esignonSandboxDefaults } from '@esign-kit/sandbox';
import {
  livePrefix,
  proxyBasePath,
  type StackInfo,
  type StackOptions,
  type SubmitPageResult,
  stackHeader,
  stackOptionsOf,
  storyApiKey,
} from './protocol.js';

/** One story sandbox, however it is hosted (a loopback HTTP server, or in a service worker). */
export interface StorySandbox {
  readonly sandbox: Sandbox;
  /** Origin the sandbox's page URLs are minted on. */
  readonly pagesOrigin: string;
  /** The kit base URL the proxy calls (`…/kit-api/v1`). */
  readonly upstream: string;
  /** How the proxy reaches `upstream`. */
  readonly upstreamFetch: typeof fetch;
  readonly esignonUpstream: string;
  close(): Promise<void>;
}

export type StorySandboxFactory = (options: {
  readonly apiKey: string;
  readonly refuseFraming: boolean | readonly string[];
  readonly esignonCallbacks: (request: Request) => Promise<Response>;
}) => Promise<StorySandbox>;

interface Stack {
  readonly id: string;
  readonly host: StorySandbox;
  readonly proxy: EsignProxyHandler;
}

export interface StackRouter {
  /** Whether `pathname` is the router's: the proxy's base path or the live routes. */
  handles(pathname: string): boolean;
  /** Answers a request `handles` accepted. Never rejects. */
  handle(request: Request): Promise<Response>;
  /** The stack whose sandbox minted the page at `pathname` (`/pages/<kind>/<token>`), if any. */
  pageOwner(pathname: string): Sandbox | undefined;
  /**
   * An eSignon signing page or file link (`/esignon/…`), answered by the sandbox that minted its
   * token: each live sandbox is asked in turn until one knows it (an unknown token is a 404 there,
   * with nothing changed).
   */
  serveEsignon(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/** Requests without a stack header (a copied snippet, the proxy's return page) use this one. */
const defaultStackId = 'default';

/**
 * The catalogue's own origin where the proxy runs in the static build's service worker: the
 * worker's `location`, on whatever domain the catalogue is deployed (a real domain is no
 * loopback, so the proxy would not take it from the request). `storybook dev` and the Vitest run
 * have no `location` (Node) and serve on loopback, where the proxy uses the request's origin.
 */
const workerOrigin = (globalThis as { location?: { origin?: string } }).location?.origin;

/**
 * The live stacks behind the catalogue: for each story, a fresh seeded sandbox behind its own
 * proxy, created on first use and picked by the `x-esign-kit-stack` header. Stories never share
 * state, so they can run side by side (Vitest runs files in parallel; a docs page renders many).
 *
 * - `POST /__esign-kit/stacks/<id>` creates (or finds) the stack and answers its pages' origin;
 * - `/__esign-kit/stacks/<id>/sandbox/<route>` is that sandbox's control surface (`/__sandbox/<route>`);
 * - `POST /__esign-kit/stacks/<id>/submit-page` with `{ url, fields?, button? }` submits a hosted
 *   page's form as it stands (`fields` typed over it), as a user pressing its submit button would,
 *   and answers where the page sent the browser (a cross-origin frame is out of a play
 *   function's reach);
 * - `/api/esign/*` is the stack's proxy, exactly as an app mounts it.
 */
export function createStackRouter(options: {
  readonly createSandbox: StorySandboxFactory;
  /** Stacks kept; the least recently used one is closed beyond that. @default 200 */
  readonly maxStacks?: number;
}): StackRouter {
  const maxStacks = options.maxStacks ?? 200;
  const stacks = new Map<string, Promise<Stack>>();
  const ready = new Map<string, Stack>();

  async function build(id: string, stackOptions: StackOptions): Promise<Stack> {
    let proxy: EsignProxyHandler | undefined;
    const host = await options.createSandbox({
      apiKey: storyApiKey,
      refuseFraming: stackOptions.refuseFraming ?? false,
      esignonCallbacks: (request) => (proxy ? proxy(request) : Promise.resolve(new Response(null, { status: 503 }))),
    });
    for (const failure of stackOptions.failNext ?? []) {
      // biome-ignore lint/suspicious/noExplicitAny: the sandbox checks the code against core's catalogue.
      host.sandbox.control.failNext(failure.operationId, failure.errorCode as any, failure.times ?? 1);
    }
    const latencyMs = stackOptions.latencyMs ?? 0;
    proxy = createEsignProxy({
      vendors: [
        esignon({
          upstream: host.esignonUpstream,
          ...esignonSandboxDefaults,
          callback: {
            url: 'http://127.0.0.1/api/esign/esignon/callback',
            authorization: 'storybook-esignon-callback-secret',
          },
        }),
      ],
      apiKey: storyApiKey,
      upstream: host.upstream,
      fetch: latencyMs ? delayed(host.upstreamFetch, latencyMs) : host.upstreamFetch,
      timeoutMs: 15_000 + latencyMs,
      // Stories show what the proxy's authorize decides; a real app asks its session here.
      authorize: () => stackOptions.authorized !== false,
      ...(workerOrigin ? { publicOrigins: [workerOrigin] } : {}),
      // An injected error must reach the story, not be retried away.
      queryRetries: 0,
    });
    const stack = { id, host, proxy: proxy as EsignProxyHandler };
    ready.set(id, stack);
    return stack;
  }

  function stackFor(id: string): Promise<Stack> | undefined {
    const existing = stacks.get(id);
    if (existing) {
      stacks.delete(id); // re-insert: most recently used last
      stacks.set(id, existing);
      return existing;
    }
    const stackOptions = id === defaultStackId ? {} : stackOptionsOf(id);
    if (!stackOptions) return undefined;
    const created = build(id, stackOptions);
    stacks.set(id, created);
    created.catch(() => stacks.delete(id));
    while (stacks.size > maxStacks) {
      const [oldestId, oldest] = stacks.entries().next().value as [string, Promise<Stack>];
      stacks.delete(oldestId);
      ready.delete(oldestId);
      void oldest.then((stack) => stack.host.close()).catch(() => {});
    }
    return created;
  }

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === proxyBasePath || url.pathname.startsWith(`${proxyBasePath}/`)) {
      const id = request.headers.get(stackHeader) ?? defaultStackId;
      const stack = stackFor(id);
      if (!stack) return problem(400, `Unknown stack id in ${stackHeader}.`);
      return (await stack).proxy(request);
    }
    const match = /^\/__esign-kit\/stacks\/([^/]+)(?:\/(sandbox\/.+|submit-page))?$/.exec(url.pathname);
    if (!match) return problem(404, `No live route ${url.pathname}.`);
    const [, id = '', sub] = match;
    const pending = stackFor(id);
    if (!pending) return problem(400, 'Malformed stack id.');
    const stack = await pending;
    if (sub === undefined) {
      if (request.method !== 'POST') return problem(405, 'POST to create a stack.');
      const info: StackInfo = { id, pagesOrigin: stack.host.pagesOrigin };
      return Response.json({ ok: true, data: info });
    }
    if (sub === 'submit-page') {
      if (request.method !== 'POST') return problem(405, 'POST { url } to submit a page.');
      const body = (await request.json().catch(() => ({}))) as { url?: unknown; button?: unknown; fields?: unknown };
      if (typeof body.url !== 'string') return problem(400, 'Expected { url, button?, fields? }.');
      const result = await submitPage(stack.host, body.url, {
        button: typeof body.button === 'string' ? body.button : undefined,
        fields: typeof body.fields === 'object' && body.fields !== null ? (body.fields as Record<string, string>) : {},
      });
      return Response.json({ ok: true, data: result });
    }
    // The control surface, in-process: a request of the sandbox's own origin.
    const target = `${stack.host.pagesOrigin}/__sandbox/${sub.slice('sandbox/'.length)}${url.search}`;
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    return stack.host.sandbox.fetch(
      new Request(target, {
        method: request.method,
        headers: { 'content-type': request.headers.get('content-type') ?? 'application/json' },
        body: hasBody ? await request.text() : null,
      }),
    );
  }

  return {
    handles: (pathname) =>
      pathname === proxyBasePath ||
      pathname.startsWith(`${proxyBasePath}/`) ||
      pathname.startsWith(`${livePrefix}/stacks/`),
    async handle(request) {
      try {
        return await route(request);
      } catch (error) {
        return problem(500, error instanceof Error ? error.message : String(error));
      }
    },
    pageOwner(pathname) {
      const token = /^\/pages\/[a-z-]+\/([\w-]+)/.exec(pathname)?.[1];
      if (!token) return undefined;
      for (const stack of ready.values())
        if (stack.host.sandbox.state.pageSessions.has(token)) return stack.host.sandbox;
      return undefined;
    },
    async serveEsignon(request) {
      for (const stack of ready.values()) {
        const response = await stack.host.sandbox.fetch(request.clone());
        if (response.status !== 404) return response;
      }
      return new Response('Unknown eSignon page or file.', { status: 404 });
    },
    async close() {
      const all = [...stacks.values()];
      stacks.clear();
      ready.clear();
      await Promise.allSettled(all.map(async (stack) => (await stack).host.close()));
    },
  };
}

function problem(status: number, message: string): Response {
  return Response.json({ ok: false, errorCode: 'STORYBOOK_LIVE', message }, { status });
}

/** A fetch that waits first (and gives up with the caller's signal): a slow upstream. */
function delayed(inner: typeof fetch, ms: number): typeof fetch {
  return async (input, init) => {
    const signal = init?.signal ?? undefined;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
    return inner(input, init);
  };
}

/**
 * Submits the first form of a hosted page with the values it was rendered with (text inputs,
 * ticked boxes, selected options) and `fields` typed over them, through the submit button whose
 * `value` is `button` (or the first one), and answers the page's redirect. In-process, on the
 * sandbox's own origin.
 */
async function submitPage(
  host: StorySandbox,
  pageUrl: string,
  typed: { readonly button: string | undefined; readonly fields: Record<string, string> },
): Promise<SubmitPageResult> {
  const url = new URL(pageUrl);
  if (url.origin !== host.pagesOrigin || !url.pathname.startsWith('/pages/')) {
    return { status: 400, location: null };
  }
  const page = await host.sandbox.fetch(new Request(url));
  const form = firstForm(await page.text(), typed.button);
  if (!form) return { status: page.status, location: null };
  const fields = form.fields.filter(([name]) => !Object.hasOwn(typed.fields, name));
  fields.push(...Object.entries(typed.fields).map(([name, value]): [string, string] => [name, String(value)]));
  const answer = await host.sandbox.fetch(
    new Request(new URL(form.action, url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
  );
  return { status: answer.status, location: answer.headers.get('location') };
}

const decodeEntities = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replaceAll('&amp;', '&');

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, name = '', value] of tag.matchAll(/([a-zA-Z][\w-]*)(?:="([^"]*)")?/g)) {
    result[name.toLowerCase()] = decodeEntities(value ?? '');
  }
  return result;
}

function firstForm(
  html: string,
  button: string | undefined,
): { action: string; fields: [string, string][] } | undefined {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return undefined;
  const action = attributes(form[1] ?? '').action ?? '';
  const body = form[2] ?? '';
  const fields: [string, string][] = [];
  for (const [, tag = ''] of body.matchAll(/<input\b([^>]*)>/gi)) {
    const input = attributes(tag);
    if (!input.name) continue;
    if ((input.type === 'checkbox' || input.type === 'radio') && !('checked' in input)) continue;
    if (input.type === 'submit') continue;
    fields.push([input.name, input.value ?? '']);
  }
  for (const [, tag = '', options = ''] of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
    const name = attributes(tag).name;
    if (!name) continue;
    const all = [...options.matchAll(/<option\b([^>]*)>/gi)].map(([, option = '']) => attributes(option));
    const chosen = all.find((option) => 'selected' in option) ?? all[0];
    if (chosen) fields.push([name, chosen.value ?? '']);
  }
  for (const [, tag = '', text = ''] of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
    const name = attributes(tag).name;
    if (name) fields.push([name, decodeEntities(text)]);
  }
  const buttons = [...body.matchAll(/<button\b([^>]*)>/gi)]
    .map(([, tag = '']) => attributes(tag))
    .filter((attrs) => attrs.type === 'submit');
  const pressed = (button === undefined ? undefined : buttons.find((attrs) => attrs.value === button)) ?? buttons[0];
  if (pressed?.name) fields.push([pressed.name, pressed.value ?? '']);
  return { action, fields };
}

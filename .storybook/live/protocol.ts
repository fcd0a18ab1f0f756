/**
 * The small protocol between the Storybook preview (browser) and the live stack that serves it:
 * the real `@esign-kit/sandbox` behind the real `@esign-kit/proxy`, one pair per story.
 *
 * - In `storybook dev` and in the Vitest run, the stack lives in the Vite server's process
 *   (`nodeStacks.ts`): the proxy is mounted on Storybook's own origin and each sandbox listens on
 *   its own loopback port, so hosted pages are on another origin, as Prix's are.
 * - In the static build, a service worker (`serviceWorker.ts`) runs the same sandbox and proxy
 *   fetch handlers in the browser, and serves the hosted pages on the catalogue's origin.
 *
 * Nothing in here imports a workspace package: it is loaded by both sides.
 */

/** Where the proxy is mounted, on the preview's origin (the default `basePath`). */
export const proxyBasePath = '/api/esign';

/** The preview's own routes: stack creation and each stack's sandbox control surface. */
export const livePrefix = '/__esign-kit';

/** Request header that says which story's stack a proxy call belongs to. */
export const stackHeader = 'x-esign-kit-stack';

/** The API key every story sandbox accepts (fake: a sandbox only ever sees its own). */
export const storyApiKey = 'sk_storybook_sandbox_0123456789';

/** A Prix error the sandbox answers for the next calls of an operation (`POST /__sandbox/fail-next`). */
export interface InjectedFailure {
  readonly operationId: string;
  readonly errorCode: string;
  /** @default 1 */
  readonly times?: number;
}

/** How a story's stack starts. Everything is optional: `{}` is the seeded sandbox, all allowed. */
export interface StackOptions {
  /** The sandbox's framing switch at start (`refuseFraming` option). @default false */
  readonly refuseFraming?: boolean | readonly string[];
  /** What the proxy's `authorize` answers: `false` plays a signed-out user (403). @default true */
  readonly authorized?: boolean;
  /** Delay before each upstream call, in ms: a slow Prix, for loading states. @default 0 */
  readonly latencyMs?: number;
  /** Errors injected into the sandbox when the stack starts. */
  readonly failNext?: readonly InjectedFailure[];
}

/** What `POST /__esign-kit/stacks/<id>` answers. */
export interface StackInfo {
  readonly id: string;
  /** Origin of the sandbox's hosted pages: the pages the launcher may open (`allowedOrigins`). */
  readonly pagesOrigin: string;
}

/** What `POST /__esign-kit/stacks/<id>/submit-page` answers: where the page's form sent the browser. */
export interface SubmitPageResult {
  readonly status: number;
  /** The `Location` of the page's 303: `successUrl` (the proxy's return page) or another page. */
  readonly location: string | null;
}

const idPattern = /^s-[a-z0-9]{12}-[A-Za-z0-9_-]*$/;

/**
 * A stack id carries its own options, so a server or service worker that restarted (a service
 * worker is stopped when idle) builds the same stack again on first use.
 */
export function newStackId(options: StackOptions): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => (byte % 36).toString(36)).join('');
  return `s-${random}-${toBase64Url(JSON.stringify(options))}`;
}

/** The options of a well-formed stack id; `undefined` for anything else. */
export function stackOptionsOf(id: string): StackOptions | undefined {
  if (!idPattern.test(id)) return undefined;
  try {
    const value: unknown = JSON.parse(fromBase64Url(id.slice(id.indexOf('-', 2) + 1)));
    return isStackOptions(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isStackOptions(value: unknown): value is StackOptions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { refuseFraming, authorized, latencyMs, failNext } = value as Record<string, unknown>;
  const framingOk =
    refuseFraming === undefined ||
    typeof refuseFraming === 'boolean' ||
    (Array.isArray(refuseFraming) && refuseFraming.every((entry) => typeof entry === 'string'));
  const failuresOk =
    failNext === undefined ||
    (Array.isArray(failNext) &&
      failNext.every(
        (entry) =>
          typeof entry === 'object' &&
          entry !== null &&
          typeof (entry as InjectedFailure).operationId === 'string' &&
          typeof (entry as InjectedFailure).errorCode === 'string',
      ));
  return (
    framingOk &&
    failuresOk &&
    (authorized === undefined || typeof authorized === 'boolean') &&
    (latencyMs === undefined || (typeof latencyMs === 'number' && latencyMs >= 0 && latencyMs <= 120_000))
  );
}

function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

import type { SandboxPageSession, SandboxState } from '../state/index.js';
import type { Html } from './render.js';

/** What a hosted page works with on one request. */
export interface PageContext {
  readonly state: SandboxState;
  readonly session: SandboxPageSession;
  /** The sandbox clock, read once for the request. */
  readonly now: Date;
  /** Origin the page was reached on: page URLs a page hands out (the detail page after a form) use it. */
  readonly origin: string;
  /** The page's own path, where its forms post back to. */
  readonly path: string;
  /** The page's own absolute URL, where it sends the browser back to after a form. */
  readonly url: string;
}

/** An HTML page to answer with. */
export interface PageView {
  readonly type: 'view';
  /** @default 200 */
  readonly status?: number;
  readonly title: string;
  readonly description?: string;
  readonly body: Html;
  /**
   * Where the page's forms may end up once the sandbox redirects (`successUrl`, the signature's
   * `redirectUrl`): the CSP's `form-action` must list those origins, or the browser stops there.
   */
  readonly formTargets?: readonly (string | null | undefined)[];
}

/** A `303 See Other` after a form: to `successUrl`, to a fresh detail page, or back to the page. */
export interface PageRedirect {
  readonly type: 'redirect';
  readonly location: string;
}

export type PageOutcome = PageView | PageRedirect;

/** A form that came back refused: shown again with what was entered and why it was refused. */
export interface FormRetry {
  readonly values: URLSearchParams;
  readonly errors: readonly string[];
  /** 400 for a refused input, 409 when the state does not allow it (already done, not the turn). */
  readonly status: number;
}

/**
 * One kind of hosted page: `render` answers `GET` (and a refused form, with `retry`); `submit`
 * answers the form's `POST` and changes the sandbox the way the Prix page would. Pages without
 * a form have no `submit` (`POST` is a 405 there). Each page names its own kind and description:
 * `PageKind`, the page map and the framing switch are made from the pages (`pages.generated.ts`).
 */
export interface HostedPage<TKind extends string = string> {
  /** The URL segment after `/pages/`, e.g. `contract-detail`. */
  readonly kind: TKind;
  /** What the page is for, in a sentence in Korean and English (shown under its heading). */
  readonly description: string;
  render(context: PageContext, retry?: FormRetry): PageOutcome;
  submit?(context: PageContext, form: URLSearchParams): PageOutcome;
}

/**
 * Declares a hosted page, keeping its kind as a literal type (so `PageKind` is the union of them).
 *
 * @example
 * ```ts
 * export const contractDetailPage = hostedPage({ kind: 'contract-detail', description, render });
 * ```
 */
export function hostedPage<const TKind extends string>(page: HostedPage<TKind>): HostedPage<TKind> {
  return page;
}

import type { BrowserContext } from 'playwright';
import type { BrowserCommand } from 'vitest/node';

/** Server-side helpers for browser tests that need more than one tab (Playwright's context). */

/** URLs of every tab in the test's browser context, the test page first. */
export const tabUrls: BrowserCommand<[]> = async ({ context }) => context.pages().map((page) => page.url());

/** Waits until a tab other than the test page exists and has navigated to `urlPrefix`. */
export const waitForTab: BrowserCommand<[urlPrefix: string]> = async ({ context }, urlPrefix) => {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const tab = context.pages().find((page) => page.url().startsWith(urlPrefix));
    if (tab) {
      await tab.waitForLoadState('domcontentloaded');
      return tab.url();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `No tab reached ${urlPrefix} within 10 s; tabs: ${context
      .pages()
      .map((page) => page.url())
      .join(', ')}`,
  );
};

/** Clicks `selector` in the tab whose URL starts with `urlPrefix`. */
export const clickInTab: BrowserCommand<[urlPrefix: string, selector: string]> = async (
  { context },
  urlPrefix,
  selector,
) => {
  const tab = context.pages().find((page) => page.url().startsWith(urlPrefix));
  if (!tab) throw new Error(`No tab at ${urlPrefix}`);
  await tab.click(selector);
};

/** Closes every tab whose URL starts with `urlPrefix`. */
export const closeTabs: BrowserCommand<[urlPrefix: string]> = async ({ context }, urlPrefix) => {
  for (const page of context.pages()) if (page.url().startsWith(urlPrefix)) await page.close();
};

/** Closes every tab of the test's context except the test page itself; returns how many it closed. */
export const closeOtherTabs: BrowserCommand<[]> = async ({ context, page }) => {
  const others = context.pages().filter((tab) => tab !== page);
  for (const tab of others) await tab.close();
  return others.length;
};

/** What a loaded document says about itself: where it is, its HTTP status, who can reach it. */
export interface DocumentFacts {
  readonly url: string;
  /** The navigation's HTTP status (`0` when the browser does not know it, e.g. `about:blank`). */
  readonly status: number;
  /** Whether `window.opener` is set: a page opened from the app must not hold the app's window. */
  readonly hasOpener: boolean;
  /** Whether it runs inside a frame. */
  readonly framed: boolean;
}

/** Finds the document (a tab, or a frame at any depth of any tab) whose URL starts with `urlPrefix`. */
function findFrame(context: BrowserContext, urlPrefix: string) {
  return context
    .pages()
    .flatMap((tab) => tab.frames())
    .find((frame) => frame.url().startsWith(urlPrefix));
}

/**
 * Waits (up to 10 s) for a document at `urlPrefix` to be loaded. Playwright may learn of a
 * frame's new URL a moment after the page itself did (out-of-process frames), hence the wait.
 */
async function waitForFrame(context: BrowserContext, urlPrefix: string, state: 'domcontentloaded' | 'load') {
  const deadline = Date.now() + 10_000;
  let frame = findFrame(context, urlPrefix);
  while (!frame && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    frame = findFrame(context, urlPrefix);
  }
  if (!frame) throw new Error(`No tab or frame reached ${urlPrefix} within 10 s`);
  await frame.waitForLoadState(state);
  return frame;
}

/** Waits for a document at `urlPrefix`, in a tab or a frame, and reports {@link DocumentFacts}. */
export const inspectDocument: BrowserCommand<[urlPrefix: string]> = async ({ context }, urlPrefix) => {
  const frame = await waitForFrame(context, urlPrefix, 'domcontentloaded');
  return frame.evaluate(
    (): DocumentFacts => ({
      url: location.href,
      status:
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseStatus ?? 0,
      hasOpener: window.opener !== null,
      framed: window.parent !== window,
    }),
  );
};

/**
 * Makes the document at `urlPrefix` (a tab or a frame, found like `inspectDocument`) post `data`
 * to its parent window with target `'*'`: a message from that window and that origin, which a
 * test page cannot forge by itself.
 */
export const postToParentFrom: BrowserCommand<[urlPrefix: string, data: unknown]> = async (
  { context },
  urlPrefix,
  data,
) => {
  const frame = await waitForFrame(context, urlPrefix, 'domcontentloaded');
  await frame.evaluate((message) => window.parent.postMessage(message, '*'), data);
};

/**
 * Navigates the document at `urlPrefix` (a tab or a frame) to `url`, as its own script would, and
 * waits for the new document. (Playwright's `frame.goto` fails when a cross-site navigation moves
 * the frame to another renderer process.)
 */
export const navigateFrame: BrowserCommand<[urlPrefix: string, url: string]> = async ({ context }, urlPrefix, url) => {
  const frame = await waitForFrame(context, urlPrefix, 'domcontentloaded');
  await frame.evaluate((target) => {
    location.href = target;
  }, url);
  await waitForFrame(context, url, 'load');
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    tabUrls: () => Promise<string[]>;
    waitForTab: (urlPrefix: string) => Promise<string>;
    clickInTab: (urlPrefix: string, selector: string) => Promise<void>;
    closeTabs: (urlPrefix: string) => Promise<void>;
    closeOtherTabs: () => Promise<number>;
    inspectDocument: (urlPrefix: string) => Promise<DocumentFacts>;
    postToParentFrom: (urlPrefix: string, data: unknown) => Promise<void>;
    navigateFrame: (urlPrefix: string, url: string) => Promise<void>;
  }
}

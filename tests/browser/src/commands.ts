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

declare module 'vitest/browser' {
  interface BrowserCommands {
    tabUrls: () => Promise<string[]>;
    waitForTab: (urlPrefix: string) => Promise<string>;
    clickInTab: (urlPrefix: string, selector: string) => Promise<void>;
    closeTabs: (urlPrefix: string) => Promise<void>;
  }
}

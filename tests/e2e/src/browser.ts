import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../browser/src/ports.js';

const screenshotDir = fileURLToPath(new URL('../../../.test-results/e2e-screenshots/', import.meta.url));

/** Debian's Chromium, never a downloaded browser (see scripts/ensure-chromium.mjs). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** The two sizes the admin is judged at (issue 14): a laptop and a phone. */
export const desktop = { width: 1440, height: 900 } as const;
export const phone = { width: 390, height: 844 } as const;

/** How wide the page's content is: more than the viewport means a horizontal scroll. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** A fresh browser profile (no cookies) in the given language, at a desktop size. */
export function newContext(browser: Browser, locale: 'en-US' | 'ko-KR' = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
}

/** Opens the admin screen and signs in as a demo user, by the name on their sign-in button. */
export async function signIn(context: BrowserContext, buttonName: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inject('adminUrl'));
  await page.getByRole('button', { name: buttonName }).click();
  await page.getByRole('heading', { name: /^(Contracts|계약서 목록)$/ }).waitFor();
  return page;
}

/** Saves a full-page screenshot for reviewers under `.test-results/e2e-screenshots/`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/** Looks a contract up by uuid or customKey in the lookup form. */
export async function lookUp(page: Page, key: string): Promise<void> {
  await page.getByRole('textbox', { name: /^(Contract uuid or customKey|계약서 uuid 또는 customKey)$/ }).fill(key);
  await page.getByRole('button', { name: /^(Look up|조회)$/ }).click();
}

import type { Browser, BrowserContext, Locator, Page } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, pageWidth, phone, screenshot, signIn } from './browser.js';

// At 390×844 the chosen contract is a view of its own: the list goes away, its heading is on
// screen and focused, and "back to the list" (or the browser's Back) returns to the row.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const phoneContext = (locale: 'en-US' | 'ko-KR'): Promise<BrowserContext> =>
  browser.newContext({ locale, viewport: phone, hasTouch: true, isMobile: true });

/** Whether the element is focused and lies within the viewport, top to bottom. */
const focusedOnScreen = (element: Locator) =>
  element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return node === document.activeElement && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });

const isFocused = (element: Locator) => element.evaluate((node) => node === document.activeElement);

async function openFirstContract(page: Page, listName: string) {
  const list = page.getByRole('region', { name: listName, exact: true });
  await list.locator('tbody tr').first().waitFor();
  expect(await pageWidth(page)).toBeLessThanOrEqual(phone.width);
  const row = list.locator('tbody tr').first().locator('[data-contract-uuid]');
  const title = (await row.getAttribute('title')) ?? '';
  await row.tap();
  const heading = page.getByRole('heading', { name: title, exact: true, level: 2 });
  await heading.waitFor();
  await expect.poll(() => focusedOnScreen(heading)).toBe(true);
  expect(await list.isVisible()).toBe(false);
  return { list, row, heading };
}

it('shows a tapped contract as its own view, focused, and returns to its row with Back (en-US)', async () => {
  const context = await phoneContext('en-US');
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  const { list, row } = await openFirstContract(page, 'Contracts');
  await screenshot(page, 'phone-contract-detail-en-US');
  expect(await page.getByRole('button', { name: 'Back to the list', exact: true }).isVisible()).toBe(true);

  await page.goBack();
  await list.waitFor();
  await expect.poll(() => isFocused(row)).toBe(true);
  expect(await page.getByRole('button', { name: 'Back to the list' }).count()).toBe(0);
  expect(await pageWidth(page)).toBeLessThanOrEqual(phone.width);
  await context.close();
});

it('returns with the "back to the list" button, in Korean, with the row focused again (ko-KR)', async () => {
  const context = await phoneContext('ko-KR');
  const page = await context.newPage();
  await page.goto(inject('adminUrl'));
  // The particle is resolved (이서연으로) or written both ways (이서연(으)로), depending on the build.
  await page.getByRole('button', { name: /^이서연.*로 로그인$/ }).click();
  await page.getByRole('heading', { name: '계약서 목록' }).waitFor();
  const { list, row } = await openFirstContract(page, '계약서 목록');

  await page.getByRole('button', { name: '목록으로 돌아가기' }).tap();
  await list.waitFor();
  await expect.poll(() => isFocused(row)).toBe(true);
  expect(await pageWidth(page)).toBeLessThanOrEqual(phone.width);
  await screenshot(page, 'phone-contract-list-ko-KR');
  await context.close();
});

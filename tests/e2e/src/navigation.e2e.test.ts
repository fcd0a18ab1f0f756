import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, newContext, signIn } from './browser.js';
import { sandboxContract } from './sandbox.js';

// The admin's location lives in its URL: the screen, the list's filters and page, and the contract
// shown. These tests reload, go Back and Forward, and open links, as a user would.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What has focus: its tag, its text, and the contract its row opens (if it is a list row). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase(),
      text: element?.textContent ?? '',
      row: element?.getAttribute('data-contract-uuid') ?? null,
    };
  });

const query = (page: Page) => new URL(page.url()).searchParams;

it('keeps the screen, filters, page and open contract over a reload; Back and Forward walk them', async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  // After signing in, focus is on the first screen's heading, not lost on the page.
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Contracts' });

  const list = page.getByRole('region', { name: 'Contracts', exact: true });
  const status = list.getByRole('combobox', { name: 'Contract status' });
  const pager = list.locator('.pager');
  await status.selectOption('CREATED');
  await expect.poll(() => pager.textContent()).toMatch(/Page 1 of [2-9]/);
  await list.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => pager.textContent()).toMatch(/Page 2 of/);
  await expect.poll(() => list.locator('table').getAttribute('aria-busy')).toBe('false');
  expect(query(page).get('status')).toBe('CREATED');
  expect(query(page).get('page')).toBe('2');

  const row = list.locator('tbody tr').first().getByRole('button');
  const uuid = (await row.getAttribute('data-contract-uuid')) ?? '';
  const title = (await row.getAttribute('title')) ?? '';
  await row.click();
  const card = page.getByRole('region', { name: title, exact: true });
  await card.waitFor();
  expect(query(page).get('contract')).toBe(uuid);
  // Opening a contract puts focus on its heading.
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: title });

  await page.reload();
  await card.waitFor();
  expect(await status.inputValue()).toBe('CREATED');
  await expect.poll(() => pager.textContent()).toMatch(/Page 2 of/);

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'Customers' }).click();
  await page.getByRole('heading', { name: 'Customers', exact: true }).waitFor();
  expect(query(page).get('screen')).toBe('customers');
  expect(await page.title()).toBe('Customers · esign-kit demo admin');
  await page.reload();
  await page.getByRole('heading', { name: 'Customers', exact: true }).waitFor();
  // Where no page can be opened, the tab-or-modal switch is not offered.
  expect(await page.getByRole('radio', { name: 'Modal' }).count()).toBe(0);

  // Back: the contracts screen, as it was (filters, page, contract).
  await page.goBack();
  await card.waitFor();
  expect(await status.inputValue()).toBe('CREATED');
  await expect.poll(() => pager.textContent()).toMatch(/Page 2 of/);
  expect(await page.getByRole('radio', { name: 'Modal' }).count()).toBe(1);

  // Back again: the list before the contract was opened, focus on the row it was opened from.
  await page.goBack();
  await card.waitFor({ state: 'detached' });
  expect(query(page).get('contract')).toBeNull();
  await expect.poll(() => focused(page)).toMatchObject({ row: uuid });

  await page.goForward();
  await card.waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: title });
  await context.close();
});

it('opens a linked contract, by uuid before signing in and by customKey when signed in', async () => {
  const seeded = await sandboxContract('PARTNER-2025-004');
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(new URL(`/?contract=${seeded.uuid}`, inject('adminUrl')).href);
  await page.getByRole('button', { name: 'Sign in as Seoyeon Lee' }).click();
  await page.getByRole('region', { name: seeded.title, exact: true }).waitFor();

  await page.goto(new URL('/?customKey=PARTNER-2025-002&status=CREATED', inject('adminUrl')).href);
  const other = await sandboxContract('PARTNER-2025-002');
  await page.getByRole('region', { name: other.title, exact: true }).waitFor();
  expect(await page.getByRole('combobox', { name: 'Contract status' }).inputValue()).toBe('CREATED');
  await context.close();
});

it('keeps typing in the title filter out of history, and signs out to the sign-in heading and a clean URL', async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  const list = page.getByRole('region', { name: 'Contracts', exact: true });
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'Credits' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'Contracts' }).click();
  const historyLength = await page.evaluate(() => history.length);
  await list.getByRole('searchbox', { name: 'Title contains' }).pressSequentially('유지보수');
  await expect.poll(() => query(page).get('q')).toBe('유지보수');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.reload();
  expect(await list.getByRole('searchbox', { name: 'Title contains' }).inputValue()).toBe('유지보수');
  await expect.poll(() => list.locator('.pager').textContent()).toMatch(/Page 1 of 1 · 2 in all/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in as a demo user' }).waitFor();
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: 'Sign in as a demo user' });
  // The next user to sign in starts at the list, not where the previous one was.
  expect(new URL(page.url()).search).toBe('');
  await context.close();
});

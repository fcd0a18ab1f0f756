import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, lookUp, newContext, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('browses the contract list with status filters and pages', async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  const list = page.getByRole('region', { name: 'Contracts', exact: true });
  const rows = list.locator('tbody tr');
  const pager = list.locator('.pager');
  await expect.poll(() => rows.count()).toBe(5);
  expect(await pager.textContent()).toMatch(/Page 1 of \d+ · \d+ in all/);
  const firstPage = await rows.allTextContents();

  await list.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => pager.textContent()).toMatch(/Page 2 of/);
  // The pager moves at once; the rows of page 1 stay (aria-busy) until page 2 has arrived.
  await expect.poll(() => list.locator('table').getAttribute('aria-busy')).toBe('false');
  const secondPage = await rows.allTextContents();
  expect(secondPage.some((row) => firstPage.includes(row))).toBe(false);

  await list.getByRole('combobox', { name: 'Contract status' }).selectOption('CONCLUDED');
  // The filter starts again from the first page: the tenant's two concluded contracts.
  await expect.poll(() => pager.textContent()).toMatch(/Page 1 of 1 · 2 in all/);
  await expect.poll(() => list.locator('table').getAttribute('aria-busy')).toBe('false');
  const concluded = await rows.allTextContents();
  expect(concluded.map((row) => row.match(/PARTNER-2025-\d+/)?.[0]).sort()).toEqual([
    'PARTNER-2025-001',
    'PARTNER-2025-006',
  ]);
  expect(concluded.every((row) => row.includes('Concluded'))).toBe(true);

  await list.getByRole('combobox', { name: 'E-signature' }).selectOption('excluded');
  await expect.poll(() => list.textContent()).toContain('No contract matches.');
  await context.close();
});

it("sets a contract's tags and finds it again with the tag filter", async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  await lookUp(page, 'PARTNER-2025-009');
  const tags = page.getByRole('group', { name: 'Tags' });
  // The editor starts from the contract's tags: 공급, from its template. Ticking 데모 keeps it.
  await expect.poll(() => tags.getByRole('checkbox', { name: '공급' }).isChecked()).toBe(true);
  await tags.getByRole('checkbox', { name: '데모' }).check();
  await page.getByRole('button', { name: 'Save tags' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved with 2 tags.' }).count()).toBe(1);

  const list = page.getByRole('region', { name: 'Contracts', exact: true });
  await list.getByRole('combobox', { name: 'Tag' }).selectOption({ label: '데모' });
  await expect.poll(() => list.locator('.pager').textContent()).toMatch(/Page 1 of 1 · 1 in all/);
  expect(await list.locator('tbody tr').textContent()).toContain('PARTNER-2025-009');
  await context.close();
});

import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, newContext, screenshot, signIn } from './browser.js';
import { sandboxContracts } from './sandbox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('opens the use-template page in a new tab, completes it there, and the new contract appears in the list without a reload', async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  const title = `E2E 템플릿 사용 ${Date.now()}`;
  const list = page.getByRole('region', { name: 'Contracts', exact: true });
  await expect.poll(() => list.getByRole('row').count()).toBeGreaterThan(1);
  expect(await list.textContent()).not.toContain(title);
  // Anything that reloads the page (Vite discovering a dependency, a navigation) drops this.
  await page.evaluate(() => {
    (window as Window & { e2eMarker?: string }).e2eMarker = 'still here';
  });

  const panel = page.getByRole('region', { name: 'New contract on a Prix page' });
  await panel.getByRole('combobox', { name: 'Template' }).selectOption({ label: '데모 용역 계약서 · 2 participants' });
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Use-template page' }).click(),
  ]);
  await tab.waitForURL(`${inject('sandboxUrl')}/pages/template-use/**`);

  // The sandbox's page, as a person fills Prix's: pre-set to the tenant's customer.
  expect(await tab.locator('select[name="customer"]').inputValue()).toBe('1');
  await tab.locator('input[name="title"]').fill(title);
  await tab.getByLabel('용역 금액').fill('3,300,000원');
  await tab.locator('input[name="role-0-name"]').fill('발주 담당자');
  await tab.locator('input[name="role-0-email"]').fill('buyer@demo.example');
  await tab.locator('input[name="role-1-name"]').fill('수급 담당자');
  await tab.locator('input[name="role-1-email"]').fill('supplier@demo.example');
  await screenshot(tab, 'use-template-page');
  const closed = tab.waitForEvent('close');
  await tab.getByRole('button', { name: '서명 요청 · Request signatures' }).click();
  await closed; // the proxy's return page tells the app, then closes itself

  await expect.poll(() => panel.getByRole('status').textContent()).toContain('The request was made on the page.');
  const newRow = list.getByRole('row').filter({ hasText: title });
  await expect.poll(() => newRow.count()).toBe(1);
  expect(await newRow.textContent()).toContain('Awaiting signatures');
  expect(await page.evaluate(() => (window as Window & { e2eMarker?: string }).e2eMarker)).toBe('still here');
  const created = (await sandboxContracts()).filter((contract) => contract.title === title);
  expect(created.map((contract) => contract.customerIds)).toEqual([[1]]);
  await screenshot(page, 'contract-list-after-use-template');
  await context.close();
});

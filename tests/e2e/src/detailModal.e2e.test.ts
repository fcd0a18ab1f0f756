import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, lookUp, newContext, screenshot, signIn } from './browser.js';
import { pageSessions } from './sandbox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('opens the contract detail page in a modal and closes it with Escape, focus back on the button', async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  await page.getByRole('radio', { name: 'Modal' }).check();
  await lookUp(page, 'PARTNER-2025-005');
  const card = page.getByRole('region', { name: '파트너 교육 용역', exact: true });
  const trigger = card.getByRole('button', { name: 'Open the detail page' });
  const pagesBefore = context.pages().length;

  await trigger.click();

  const dialog = page.getByRole('dialog', { name: 'Prix Contract details' });
  await dialog.waitFor();
  await expect.poll(() => dialog.getAttribute('data-state')).toBe('ready');
  const frame = dialog.locator('iframe');
  expect(await frame.getAttribute('src')).toMatch(new RegExp(`^${inject('sandboxUrl')}/pages/contract-detail/`));
  const framed = page.frameLocator('iframe[title="Prix Contract details"]');
  await expect.poll(() => framed.locator('body').textContent()).toContain('파트너 교육 용역');
  expect(context.pages()).toHaveLength(pagesBefore); // no tab was opened
  await screenshot(page, 'contract-detail-modal');

  await page.keyboard.press('Escape');

  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => trigger.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await card.getByRole('status').filter({ hasText: 'The page was closed.' }).count()).toBe(1);
  await context.close();
});

it('opens the bulk-contract page of a one-participant template in a modal, pre-set to the tenant, and closes it', async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Doyun Park');
  await page.getByRole('radio', { name: 'Modal' }).check();
  const panel = page.getByRole('region', { name: 'New contract on a Prix page' });
  const bulk = panel.getByRole('button', { name: 'Bulk contract page' });
  // The first template has two roles: no bulk page for it.
  expect(await bulk.isDisabled()).toBe(true);
  await panel
    .getByRole('combobox', { name: 'Template' })
    .selectOption({ label: '개인정보 수집·이용 동의서 · 1 participant' });
  // One participant: the page can open once it has a recipient to send to (bulk.e2e.test.ts).
  const recipient = panel.getByRole('group', { name: 'Recipient 1' });
  await recipient.waitFor();
  expect(await bulk.isDisabled()).toBe(true);
  await recipient.getByRole('textbox', { name: 'Contract title' }).fill('모달 대량 동의서');
  await recipient.getByRole('textbox', { name: 'Name', exact: true }).fill('윤서준');
  await recipient.getByRole('textbox', { name: 'Mobile number' }).fill('010-7777-0001');
  expect(await bulk.isDisabled()).toBe(false);

  await bulk.click();

  const dialog = page.getByRole('dialog', { name: 'Prix Bulk contract' });
  await expect.poll(() => dialog.getAttribute('data-state')).toBe('ready');
  const framed = page.frameLocator('iframe[title="Prix Bulk contract"]');
  await expect.poll(() => framed.locator('body').textContent()).toContain('개인정보 수집·이용 동의서');
  // Minted for Hanbit's own customer (id 2): the proxy refuses a bulk page for any other.
  const src = (await dialog.locator('iframe').getAttribute('src')) ?? '';
  const session = (await pageSessions()).find((candidate) => src.endsWith(candidate.token));
  expect(session).toMatchObject({
    operationId: 'templates.bulkUrl',
    input: { input: { defaultValue: { customer: { id: 2 } } } },
  });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(await panel.getByRole('status').textContent()).toBe('The page was closed.');
  await context.close();
});

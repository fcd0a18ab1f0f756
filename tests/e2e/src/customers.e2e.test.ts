import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, newContext, screenshot, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it("creates a customer that becomes the tenant's own (and stays out of the other tenant's reach)", async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  await page.getByRole('button', { name: 'Customers' }).click();
  const screen = page.getByRole('region', { name: 'Customers' });
  const primary = screen.getByRole('listitem', { name: '파트너 고객사' });
  await expect.poll(() => primary.textContent()).toContain('Main customer');
  expect(await screen.getByRole('listitem').count()).toBe(1);

  const title = `E2E 고객 ${Date.now() % 100000}`;
  await screen.getByRole('textbox', { name: 'Name' }).fill(title);
  await screen.getByRole('textbox', { name: 'customKey' }).fill(`E2E-${Date.now() % 100000}`);
  await screen.getByRole('button', { name: 'Create customer' }).click();

  const created = screen.getByRole('listitem', { name: title });
  await created.waitFor();
  expect(await screen.getByRole('status').textContent()).toBe(`Created the customer ${title}.`);
  await screenshot(page, 'customers');
  const id = await page.evaluate(async () => {
    const response = await fetch('/demo/session');
    const body = (await response.json()) as { data: { user: { tenant: { customerIds: number[] } } } };
    return body.data.user.tenant.customerIds.at(-1);
  });

  // The other tenant's user cannot read it.
  const other = await newContext(browser);
  await signIn(other, 'Sign in as Doyun Park');
  const answer = await other.request.get(new URL(`/api/esign/customers/${id}`, inject('adminUrl')).href);
  expect(answer.status()).toBe(403);

  // Its owner can, and can delete it again.
  await created.getByRole('button', { name: 'Delete' }).click();
  await created.getByRole('button', { name: 'Delete' }).last().click();
  await created.waitFor({ state: 'detached' });
  expect(await screen.getByRole('listitem').count()).toBe(1);
  await Promise.all([context.close(), other.close()]);
});

it("shows the business's credit status", async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Doyun Park');
  await page.getByRole('button', { name: 'Credits' }).click();
  const card = page.getByRole('region', { name: 'Credits' });
  const { credits } = await fetch(`${inject('sandboxUrl')}/__sandbox/state`)
    .then((response) => response.json() as Promise<{ data: { credits: Record<string, number> } }>)
    .then((body) => body.data);
  await expect.poll(() => card.locator('dd').first().textContent()).toMatch(/^\d+$/);
  const remaining = Number(await card.locator('dd').first().textContent());
  expect(remaining).toBe((credits.remainingDefaultCount ?? 0) + (credits.remainingPaidCount ?? 0));
  expect(await card.getByRole('meter').getAttribute('value')).toBe(String(credits.remainingDefaultCount));
  await screenshot(page, 'credits');
  await context.close();
});

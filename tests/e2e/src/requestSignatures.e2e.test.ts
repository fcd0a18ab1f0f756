import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, newContext, screenshot, signIn } from './browser.js';
import { sandboxContracts } from './sandbox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it("requests signatures with a form built from the template's roles and input items, then cancels them", async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  await page.getByRole('button', { name: 'Request signatures' }).click();
  const screen = page.getByRole('region', { name: 'Request signatures from a template' });
  await screen
    .getByRole('combobox', { name: 'Templates' })
    .selectOption({ label: '데모 용역 계약서 · 2 participants' });

  // One fieldset per role, in signing order, and one field per pre-filled input item.
  const first = screen.getByRole('group', { name: '1. 발주사' });
  const second = screen.getByRole('group', { name: '2. 수급사' });
  await first.waitFor();
  const items = screen.getByRole('group', { name: 'Pre-filled values' });
  expect(await items.getByRole('textbox').count()).toBe(2);
  expect(await items.getByRole('checkbox', { name: '비밀유지 동의' }).count()).toBe(1);

  const title = `E2E 용역 요청 ${Date.now()}`;
  await screen.getByRole('textbox', { name: 'Contract title' }).fill(title);
  await first.getByRole('textbox', { name: 'Name' }).fill('김발주');
  await first.getByRole('textbox', { name: 'E-mail' }).fill('buyer.e2e@demo.example');
  await second.getByRole('textbox', { name: 'Name' }).fill('이수급');
  await second.getByRole('combobox', { name: 'Send by' }).selectOption('PHONE');
  await second.getByRole('textbox', { name: 'Mobile number' }).fill('010-5555-0101');
  await items.getByRole('textbox', { name: /용역 금액/ }).fill('5,500,000원');
  await items.getByRole('checkbox', { name: '비밀유지 동의' }).check();
  await screenshot(page, 'request-signatures-form');
  await screen.getByRole('button', { name: 'Send the request' }).click();

  await expect.poll(() => screen.getByRole('status').last().textContent()).toContain(`Requested: ${title}`);
  const stored = (await sandboxContracts()).find((contract) => contract.title === title);
  expect(stored?.customerIds).toEqual([1]);
  expect(stored?.signature?.participants.map((participant) => [participant.role, participant.name])).toEqual([
    ['발주사', '김발주'],
    ['수급사', '이수급'],
  ]);

  await screen.getByRole('button', { name: 'Show the contract' }).click();
  const card = page.getByRole('region', { name: title, exact: true });
  const signature = card.getByRole('region', { name: `E-signature: ${title}` });
  await expect.poll(() => signature.getByRole('heading', { level: 3 }).textContent()).toContain('Awaiting signatures');

  await signature.getByRole('button', { name: 'Cancel the e-signature' }).click();
  await signature.getByRole('button', { name: 'Cancel it' }).click();

  await expect.poll(() => signature.getByRole('heading', { level: 3 }).textContent()).toContain('Canceled');
  // The list refetch may show "Canceled" a moment before the mutation reports success.
  await expect
    .poll(() => signature.getByRole('status').filter({ hasText: 'The e-signature was canceled.' }).count())
    .toBe(1);
  expect(await signature.getByRole('button', { name: 'Send reminder' }).first().isDisabled()).toBe(true);
  await context.close();
});

import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, lookUp, newContext, screenshot, signIn } from './browser.js';
import { remindersFor, sandboxContract } from './sandbox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('sends one reminder by text message for a double click, and the sandbox records exactly one', async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  const contract = await sandboxContract('PARTNER-2025-002');
  const signer = contract.signature?.participants.find((participant) => participant.role === '갑');
  if (!signer) throw new Error('PARTNER-2025-002 has no 갑 participant.');
  expect(await remindersFor(signer.uuid)).toEqual([]);

  await lookUp(page, 'PARTNER-2025-002');
  const row = page.getByRole('row').filter({ hasText: signer.name });
  await row.getByRole('combobox', { name: `Reminder channel for ${signer.name}` }).selectOption('PHONE');
  const address = await row.getByRole('textbox', { name: `Where to remind ${signer.name}` }).inputValue();
  expect(address).toMatch(/^010-\d{4}-\d{4}$/);
  await row.getByRole('button', { name: 'Send reminder' }).dblclick();

  await expect
    .poll(() => row.getByRole('status').textContent())
    .toMatch(new RegExp(`^Sent: Text message → ${address} \\(`));
  const recorded = await remindersFor(signer.uuid);
  expect(recorded).toEqual([expect.objectContaining({ sendType: 'PHONE', sendAddress: address })]);
  // The demo's own view of the sandbox shows it too (polled every 1.5 s).
  await expect
    .poll(() => page.getByRole('region', { name: /^Reminders the sandbox recorded/ }).textContent(), { timeout: 5000 })
    .toContain(`PHONE → ${address}`);
  await screenshot(page, 'reminder-sent');
  expect(await remindersFor(signer.uuid)).toHaveLength(1);
  await context.close();
});

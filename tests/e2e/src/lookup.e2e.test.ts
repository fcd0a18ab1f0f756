import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, lookUp, newContext, screenshot, signIn } from './browser.js';
import { sandboxContract } from './sandbox.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await newContext(browser);
  page = await signIn(context, 'Sign in as Seoyeon Lee');
  return () => context.close();
});

describe('looking a contract up', () => {
  it('finds a contract by customKey and shows its signature, participants and their statuses', async () => {
    const seeded = await sandboxContract('PARTNER-2025-003');
    await lookUp(page, 'PARTNER-2025-003');

    const card = page.getByRole('region', { name: '파트너 클라우드 이용계약', exact: true });
    await expect.poll(() => card.getByRole('definition').nth(0).textContent()).toBe(seeded.uuid);
    const signature = card.getByRole('region', { name: 'E-signature: 파트너 클라우드 이용계약' });
    expect(await signature.getByRole('heading', { level: 3 }).textContent()).toContain('Awaiting signatures');
    const rows = signature.getByRole('row');
    // Header plus the two roles, in order: 갑 has signed, 을 is next.
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toMatch(/\(갑\).*Signed/);
    expect(await rows.nth(2).textContent()).toMatch(/\(을\).*Their turn/);
    await screenshot(page, 'contract-card');
  });

  it('finds a contract by uuid (the reference example) and updates its statuses after a participant signs', async () => {
    await lookUp(page, 'ed976505-bcbd-47bd-913d-f4cde05dea7a');
    const card = page.getByRole('region', { name: 'A컴퍼니 MOU', exact: true });
    const firstSigner = card.getByRole('row').filter({ hasText: '김지원' });
    await expect.poll(() => firstSigner.textContent()).toContain('Their turn');

    // The sandbox plays the participant signing (what Prix's signing page would do).
    await firstSigner.getByRole('button', { name: 'Sandbox: sign now' }).click();

    await expect.poll(() => firstSigner.textContent()).toContain('Signed');
    const secondSigner = card.getByRole('row').filter({ hasText: '박서준' });
    await expect.poll(() => secondSigner.textContent()).toContain('Their turn');
  });
});

import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { desktop, launchChromium, newContext, pageWidth, phone, screenshot, signIn } from './browser.js';
import { sandboxContracts } from './sandbox.js';

// A 600-character title without a single space once widened the page to 8,584 px and pushed the
// status and date columns off-screen. Now it wraps in its cell, cut after two lines, with the
// full text in the row's tooltip, at a desktop and a phone size.

const sizes = [desktop, phone] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Requests signatures through the demo's proxy as the signed-in user (the request form's own
 * call), on the sandbox's one-participant consent template, linked to the user's customer.
 */
async function createContract(page: Page, title: string, customKey: string): Promise<void> {
  const answer = await page.evaluate(
    async ({ title, customKey }) => {
      const session = await (await fetch('/demo/session')).json();
      const customerId: number = session.data.user.tenant.primaryCustomerId;
      const response = await fetch('/api/esign/signature-templates/5120/signatures', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({
          input: {
            title,
            participants: [
              {
                role: '고객',
                input: { name: '한긴글', send: 'EMAIL', auth: 'EMAIL', email: 'long.title@demo.example' },
              },
            ],
            // Item 13 is the template's one required input (the consenting person's name).
            items: [{ id: 13, contents: '한긴글' }],
            contract: { customers: [{ id: customerId }], customKey },
          },
        }),
      });
      return { status: response.status, body: await response.text() };
    },
    { title, customKey },
  );
  expect(answer.status, answer.body).toBe(200);
}

it('keeps a 600-character title without spaces inside the page, at 1440 and 390 px wide', async () => {
  const stamp = Date.now();
  const prefix = `긴제목${stamp}`;
  const title = `${prefix}${'가나다라마바사아자차카타파하ABCDEFGHIJ'.repeat(30)}`.slice(0, 600);
  expect(title).toHaveLength(600);
  expect(title).not.toMatch(/\s/);
  const customKey = `LONG-${stamp}`;

  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  await createContract(page, title, customKey);
  expect((await sandboxContracts()).find((contract) => contract.customKey === customKey)?.title).toBe(title);

  const list = page.getByRole('region', { name: 'Contracts', exact: true });
  await list.getByRole('searchbox', { name: 'Title contains' }).fill(prefix);
  await expect.poll(() => list.locator('.pager').textContent()).toMatch(/Page 1 of 1 · 1 in all/);
  const row = list.locator('tbody tr').first();
  const open = row.locator('[data-contract-uuid]');
  await expect.poll(() => open.getAttribute('data-contract-key')).toBe(customKey);
  // The full title is the tooltip and the accessible name, however much of it the cell shows.
  expect(await open.getAttribute('title')).toBe(title);
  expect(await open.getAttribute('aria-label')).toBe(`Open ${title}`);

  for (const size of sizes) {
    await page.setViewportSize(size);
    await expect
      .poll(() => pageWidth(page), { message: `page width at ${size.width}` })
      .toBeLessThanOrEqual(size.width);
    for (const cell of ['.contract-list-status', '.contract-list-date']) {
      const box = await row.locator(cell).boundingBox();
      expect(box, cell).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), `${cell} at ${size.width}`).toBeLessThanOrEqual(size.width);
    }
    // The title is cut to a few lines, not a 600-character column.
    const height = (await open.boundingBox())?.height ?? 0;
    expect(height, `title height at ${size.width}`).toBeLessThan(120);
    await screenshot(page, `long-title-list-${size.width}`);
  }

  // Opened, the contract's own view stays inside the page too.
  await open.click();
  await page.getByRole('heading', { name: title, exact: true, level: 2 }).waitFor();
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
  await page.setViewportSize(sizes[0]);
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(1440);
  await screenshot(page, 'long-title-detail-1440');
  await context.close();
});

import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { desktop, launchChromium, phone, screenshot, signIn } from './browser.js';

// The credits screen draws the use of credits per month (hand-made SVG) with what remains, and
// gives the same values as text: a described image and a table for screen readers.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface SandboxCredits {
  readonly credits: Record<string, number>;
  readonly creditUsages: { readonly createdAt: string }[];
}

const sandboxCredits = () =>
  fetch(`${inject('sandboxUrl')}/__sandbox/state`)
    .then((response) => response.json() as Promise<{ data: SandboxCredits }>)
    .then((body) => body.data);

for (const { locale, signInAs, title, size } of [
  {
    locale: 'en-US',
    signInAs: 'Sign in as Doyun Park',
    title: 'Credits used per month',
    size: desktop,
  },
  { locale: 'ko-KR', signInAs: '박도윤으로 로그인', title: '월별 크레딧 사용량', size: phone },
] as const) {
  it(`charts credit use per month with what remains (${locale}, ${size.width} px)`, async () => {
    const context = await browser.newContext({ locale, viewport: size });
    const page = await signIn(context, signInAs);
    await page
      .getByRole('navigation')
      .getByRole('button', { name: locale === 'en-US' ? 'Credits' : '크레딧' })
      .click();
    const chart = page.locator('figure.credit-chart');
    const image = chart.getByRole('img', { name: title });
    await image.waitFor();
    const { credits, creditUsages } = await sandboxCredits();
    const remaining = (credits.remainingDefaultCount ?? 0) + (credits.remainingPaidCount ?? 0);
    expect(creditUsages.length).toBeGreaterThan(0);

    // The values, as a table: each month's count is the sandbox's uses in that month (UTC).
    const rows = chart.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    let drawn = 0;
    for (const row of await rows.all()) {
      const month = (await row.getAttribute('data-month')) ?? '';
      const count = Number(await row.locator('td').textContent());
      expect(count, month).toBe(creditUsages.filter((usage) => usage.createdAt.startsWith(month)).length);
      drawn += count;
      // The bar of that month says the same.
      expect(await image.locator(`[data-month="${month}"]`).getAttribute('data-count')).toBe(String(count));
    }
    expect(drawn).toBeGreaterThan(0);
    const description = await image.evaluate((svg) => {
      const id = svg.getAttribute('aria-describedby') ?? '';
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(description).toContain(String(drawn));
    expect(description).toContain(String(remaining));
    expect(await chart.textContent()).toContain(
      locale === 'en-US' ? `${remaining} credit${remaining === 1 ? '' : 's'} left` : `남은 크레딧 ${remaining}개`,
    );

    // Inside the screen at this size.
    const box = await chart.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 9999)).toBeLessThanOrEqual(size.width);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, `credits-chart-${size.width}-${locale}`);
    await context.close();
  });
}

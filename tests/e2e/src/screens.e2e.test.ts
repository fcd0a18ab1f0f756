import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { desktop, launchChromium, pageWidth, phone, screenshot } from './browser.js';

// Every main screen, at a desktop and a phone size, in both languages: a full-page screenshot for
// reviewers, axe (WCAG A/AA rules), a visible focus ring on each element Tab reaches, and no sideways
// scrolling. Read-only: nothing is created or changed.

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const sizes = [
  { name: '1440x900', ...desktop },
  { name: '390x844', ...phone },
] as const;
const locales = ['en-US', 'ko-KR'] as const;

/** The navigation entries and the heading each screen shows once it is there. */
const screens = [
  {
    name: 'request',
    nav: /^(Request signatures|서명 요청)$/,
    heading: /^(Request signatures from a template|템플릿으로 서명 요청)$/,
  },
  { name: 'customers', nav: /^(Customers|고객)$/, heading: /^(Customers|고객)$/ },
  { name: 'credits', nav: /^(Credits|크레딧)$/, heading: /^(Credits|크레딧)$/ },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

for (const size of sizes) {
  for (const locale of locales) {
    it(`every main screen at ${size.name} in ${locale}: axe-clean, focus rings, no sideways scroll`, {
      timeout: 120_000,
    }, async () => {
      const context = await browser.newContext({ locale, viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught error in the page: ${error.message}`));
      const check = async (screen: string) => {
        await settle(page);
        await page.mouse.move(0, 0); // no hover left over from the last click in the screenshot
        await screenshot(page, `${screen}-${size.name}-${locale}`);
        problems.push(...(await axeViolations(page)).map((line) => `${screen}: ${line}`));
        problems.push(...(await focusWithoutRing(page)).map((element) => `${screen}: no focus ring on ${element}`));
        // Times follow the UI's language, not the browser's: no Korean AM/PM on an English screen.
        if (locale === 'en-US' && /오전|오후/.test((await page.locator('body').textContent()) ?? '')) {
          problems.push(`${screen}: a time in Korean (오전/오후) on the English screen`);
        }
        const width = await pageWidth(page);
        if (width > size.width) problems.push(`${screen}: the page is ${width} px wide in a ${size.width} px viewport`);
      };

      await page.goto(inject('adminUrl'));
      await page.getByRole('button', { name: /Seoyeon Lee|이서연/ }).waitFor();
      // The page says its language (screen readers pick their voice from it) and has its icon.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      const iconResponse = await page.request.get(new URL(icon ?? '/favicon.ico', page.url()).href);
      expect(iconResponse.status()).toBe(200);
      expect(iconResponse.headers()['content-type']).toContain('image/svg+xml');
      await check('sign-in');

      await page.getByRole('button', { name: /Seoyeon Lee|이서연/ }).click();
      await page.getByRole('heading', { name: /^(Contracts|계약서 목록)$/ }).waitFor();
      await check('contracts');

      // The first contract of the list, opened as a user would.
      const open = page.locator('table.contract-list tbody tr').first().getByRole('button').first();
      const title = (await open.textContent())?.trim() ?? '';
      await open.click();
      await page.getByRole('heading', { name: title, exact: true, level: 2 }).waitFor();
      await check('contract-detail');

      for (const screen of screens) {
        await page.getByRole('navigation').getByText(screen.nav).click();
        await page.getByRole('heading', { name: screen.heading, level: 2 }).first().waitFor();
        await check(screen.name);
      }
      await context.close();
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
}

/** Waits until requests are done and nothing shows progress, so the screenshot shows the screen's data. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect
    .poll(() => page.locator('[aria-busy="true"], progress:not([value])').count(), { timeout: 10_000 })
    .toBe(0);
}

/** Runs axe-core in the page; each violation as one line: rule, help, and the elements it found. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as Window & { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    if (!axe) throw new Error('axe-core did not load.');
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) =>
        `${node.target.join(' ')} — ${node.failureSummary ?? ''}`.replaceAll(/\s+/g, ' ').trim(),
      ),
    }));
  });
  return violations.map((violation) => `${violation.id} (${violation.help}):\n    ${violation.nodes.join('\n    ')}`);
}

/** Tabs through the screen once; each element that takes keyboard focus without a visible ring. */
async function focusWithoutRing(page: Page): Promise<string[]> {
  // A click on the page's empty corner: the next Tab starts from the top of the page.
  await page.mouse.click(1, 1);
  const seen = new Set<string>();
  const missing: string[] = [];
  let previous = '';
  for (let step = 0; step < 120; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring =
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null;
      const name = (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim().slice(0, 40);
      const path = [...document.querySelectorAll('*')].indexOf(element);
      return { key: `${path}`, label: `<${element.tagName.toLowerCase()}> "${name}"`, ring };
    });
    if (!focused) break;
    // A date field takes several Tabs (its day, month and year): the same element again.
    if (focused.key === previous) continue;
    if (seen.has(focused.key)) break;
    previous = focused.key;
    seen.add(focused.key);
    if (!focused.ring) missing.push(focused.label);
  }
  return missing;
}

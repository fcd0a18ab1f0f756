import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchVisitor, visitorContext } from './visitor.js';

const origin = inject('catalogueOrigin');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (!origin) return;
  browser = await launchVisitor(origin);
  context = await visitorContext(browser);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the static catalogue’s front page and docs', () => {
  it('opens on Getting started, under the esign-kit name and logo', async () => {
    if (!origin) throw new Error(inject('catalogueError') ?? 'No catalogue.');
    await page.goto(`${origin}/`);
    await page.waitForURL(/path=\/docs\/introduction-getting-started--docs/, { timeout: 20_000 });
    const logo = page.locator('img[alt="esign-kit"]');
    await expect.poll(() => logo.count(), { timeout: 10_000 }).toBe(1);
    expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    const frame = page.frameLocator('#storybook-preview-iframe');
    // The page's own sections (the table of contents beside them has a heading too).
    const firstSection = frame.locator('.sbdocs-content h2').first();
    await expect.poll(() => firstSection.textContent(), { timeout: 20_000 }).toBe('Install');
  });

  it('"Show code" gives the story as written, not minified names', async () => {
    if (!origin) throw new Error(inject('catalogueError') ?? 'No catalogue.');
    await page.goto(`${origin}/iframe.html?id=hooks-contracts--docs&viewMode=docs`);
    await page.getByText('Show code', { exact: true }).first().click({ timeout: 20_000 });
    const shown = page.locator('pre', { hasText: 'render:' }).first();
    const code = (await shown.textContent({ timeout: 10_000 })) ?? '';
    expect(code).toContain('render: () => <ContractCard');
    expect(code).not.toMatch(/function [A-Za-z]{1,2}\(|<[A-Z][A-Za-z]? /);
  });
});

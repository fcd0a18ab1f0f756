import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { appHost, launchChromium } from './browser.js';
import type { ConsumerApp } from './globalSetup.js';

const poll = { timeout: 10_000 };

/** The seeded contract every app shows (the reference's own example). */
const contractTitle = 'A컴퍼니 MOU';

/**
 * What a user of each app does, in Chromium, on `http://app.example.test:<port>/`: the contract
 * renders, a reminder is sent, the detail page opens in a modal and in a tab (on the sandbox's
 * origin, as Prix's pages are on Prix's).
 */
export function itWorksInTheBrowser(name: 'vite' | 'next'): void {
  const app = (): ConsumerApp & { publicUrl: string; sandboxUrl: string } => {
    const running = inject('consumerApps')[name];
    if (!running.publicUrl || !running.sandboxUrl)
      throw new Error(`The ${name} app is not running (see the test "starts…").`);
    return running as ConsumerApp & { publicUrl: string; sandboxUrl: string };
  };
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openApp(): Promise<{ page: Page; errors: string[] }> {
    const { publicUrl } = app();
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // Chromium asks every site for /favicon.ico; the apps have none.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
    });
    await page.goto(`${publicUrl}/`);
    await page.getByRole('heading', { name: contractTitle }).waitFor();
    return { page, errors };
  }

  it('starts and is reached on a non-localhost origin', () => {
    const { startError } = inject('consumerApps')[name];
    expect(startError).toBeNull();
    expect(new URL(app().publicUrl).hostname).toBe(appHost);
  });

  it('renders a contract, with no error in the console', async () => {
    const { page, errors } = await openApp();
    expect(await page.evaluate(() => location.hostname)).toBe(appHost);
    expect(await page.getByRole('list', { name: 'Participants' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends a reminder (a write from the real domain is not refused as cross-site)', async () => {
    const { sandboxUrl } = app();
    const before = await reminderCount(sandboxUrl);
    const { page } = await openApp();
    await page
      .getByRole('button', { name: /^Send a reminder to / })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('status', { name: 'Reminder' }).textContent(), poll)
      .toMatch(/Reminder (sent|failed)/);
    expect(await page.getByRole('status', { name: 'Reminder' }).textContent()).toBe('Reminder sent.');
    expect(await reminderCount(sandboxUrl)).toBe(before + 1);
    await page.context().close();
  });

  it("opens the contract's detail page in a modal", async () => {
    const { sandboxUrl } = app();
    const { page } = await openApp();
    await page.getByTestId('detail-modal').click();
    const dialog = page.getByRole('dialog'); // titled in the provider's language
    await expect.poll(() => dialog.getAttribute('data-state'), poll).toBe('ready');
    expect(await dialog.locator('iframe').getAttribute('src')).toMatch(
      new RegExp(`^${escapeRegExp(sandboxUrl)}/pages/contract-detail/`),
    );
    const framed = dialog.locator('iframe').contentFrame();
    await expect.poll(() => framed.locator('body').textContent(), poll).toContain(contractTitle);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it("opens the contract's detail page in a new tab", async () => {
    const { sandboxUrl } = app();
    const { page } = await openApp();
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('detail-tab').click()]);
    await tab.waitForURL(new RegExp(`^${escapeRegExp(sandboxUrl)}/pages/contract-detail/`));
    await expect.poll(() => tab.locator('body').textContent(), poll).toContain(contractTitle);
    await page.context().close();
  });
}

async function reminderCount(sandboxUrl: string): Promise<number> {
  const response = await fetch(`${sandboxUrl}/__sandbox/reminders`);
  const body = (await response.json()) as { data: { reminders: unknown[] } };
  return body.data.reminders.length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

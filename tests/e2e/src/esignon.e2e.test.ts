import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { desktop, launchChromium, newContext, pageWidth, phone, screenshot, signIn } from './browser.js';

// The admin's eSignon section against the sandbox's eSignon, as a user walks it: start a contract
// for two signers, open each signer's page from the sign button (a new tab), sign there, see the
// callback move the workflow on without a reload, download the documents; another tenant gets 404;
// the section is axe-clean at both sizes in both languages.

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The workflow this file starts, shared by the checks after the flow. */
let workflowId = '';
const title = `E2E 근로계약 ${Date.now().toString(36)}`;
const signers = [
  { name: '김하나', contact: 'hana.e2e@example.com' },
  { name: '이두리', contact: '010-2345-6789' },
] as const;

async function openSection(page: Page): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^(eSignon|이싸인온)$/ })
    .click();
  await page.getByRole('heading', { name: /^(eSignon contracts|이싸인온 전자계약)$/, level: 2 }).waitFor();
}

/** Opens the current signer's page from the sign button and approves it there; the tab it opened. */
async function signInNewTab(context: BrowserContext, page: Page): Promise<void> {
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Sign', exact: true }).click(),
  ]);
  // The tab opens blank in the click, then goes to the page URL minted for it: the sandbox's own
  // signing page (its origin, under /esignon/mail/sign).
  await tab.waitForURL((url) => url.pathname === '/esignon/mail/sign');
  expect(new URL(tab.url()).origin).toBe(new URL(inject('sandboxUrl')).origin);
  expect(new URL(tab.url()).pathname).toBe('/esignon/mail/sign');
  await tab.getByRole('button', { name: /Sign and approve/ }).click();
  // The button closes the tab it opened once the workflow moved on; a tab still open is closed here.
  await tab.waitForEvent('close', { timeout: 15_000 }).catch(() => tab.close());
}

it('starts a contract for two signers, signs both pages in new tabs, follows the callbacks and downloads the documents', {
  timeout: 120_000,
}, async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  await openSection(page);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));

  // A send with nothing filled in says what to fix, and starts nothing.
  await page.getByRole('button', { name: 'Start the contract' }).click();
  await expect.poll(() => page.locator('[data-error-summary]').textContent()).toContain('5 fields to correct.');
  expect(
    await page.getByRole('textbox', { name: 'Contract title' }).evaluate((input) => input === document.activeElement),
  ).toBe(true);

  await page.getByRole('textbox', { name: 'Contract title' }).fill(title);
  for (const [index, signer] of signers.entries()) {
    const group = page.getByRole('group', { name: `Signer ${index + 1}` });
    await group.getByRole('textbox', { name: 'Name' }).fill(signer.name);
    await group.getByRole('textbox', { name: 'E-mail or mobile number' }).fill(signer.contact);
  }
  await page.getByRole('textbox', { name: 'Workplace' }).fill('서울 본사');
  await page.getByRole('button', { name: 'Start the contract' }).click();

  // The new workflow is shown and linked from the URL.
  const panel = page.locator('section.esignon-workflow');
  await panel.getByRole('heading', { name: title, level: 3 }).waitFor();
  // Focus moved from the start button to the new contract's heading.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(title);
  workflowId = new URL(page.url()).searchParams.get('workflow') ?? '';
  expect(workflowId).not.toBe('');
  expect(await panel.locator('[data-field="status"]').textContent()).toBe('Being signed');
  expect(await panel.locator('[data-field="current-signer"]').textContent()).toBe(signers[0].name);
  expect(await page.getByRole('region', { name: 'My eSignon contracts' }).textContent()).toContain(title);
  const history = page.getByRole('region', { name: 'History' });
  await screenshot(page, 'esignon-started');

  // No reload from here on: a mark on the window survives only if the page is never loaded again.
  await page.evaluate(() => {
    (window as Window & { esignonMark?: string }).esignonMark = 'kept';
  });

  await signInNewTab(context, page);
  await expect
    .poll(() => panel.locator('[data-field="current-signer"]').textContent(), { timeout: 15_000 })
    .toBe(signers[1].name);
  expect(await panel.locator('[data-signer="1"]').getAttribute('data-state')).toBe('signed');
  expect(await panel.locator('[data-signer="2"]').getAttribute('data-state')).toBe('current');
  // eSignon's read can show the next signer a moment before the sandbox's callback is stored; the
  // callback's event then refetches the panel.
  await expect
    .poll(() => panel.locator('.esignon-callback').textContent(), { timeout: 15_000 })
    .toMatch(/^Last callback: Being signed/);
  expect(await history.textContent()).toContain('Signed');

  await signInNewTab(context, page);
  await expect.poll(() => panel.locator('[data-field="status"]').textContent(), { timeout: 15_000 }).toBe('Complete');
  expect(await panel.locator('[data-field="current-signer"]').textContent()).toBe('Nobody');
  await expect
    .poll(() => panel.locator('.esignon-callback').textContent(), { timeout: 15_000 })
    .toMatch(/^Last callback: Complete/);
  expect(await page.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
  expect(await page.evaluate(() => (window as Window & { esignonMark?: string }).esignonMark)).toBe('kept');
  await screenshot(page, 'esignon-complete');

  // Each document button mints a fresh URL on the sandbox's origin and opens it in a new tab.
  for (const name of ['Download the signed document', 'Download the audit certificate']) {
    const minted = page.waitForResponse((response) =>
      response.url().includes(`/esignon/workflows/${workflowId}/download-url`),
    );
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name }).click()]);
    const answer = (await (await minted).json()) as { ok: boolean; data: { url: string } };
    expect(answer.ok, name).toBe(true);
    expect(new URL(answer.data.url).origin, name).toBe(new URL(inject('sandboxUrl')).origin);
    const file = await context.request.get(answer.data.url);
    expect(file.status(), name).toBe(200);
    expect(file.headers()['content-type'], name).toBe('application/pdf');
    await tab.close();
  }
  expect(problems).toEqual([]);
  await context.close();
});

it("answers another tenant's workflow as not found, on every eSignon operation and in the section", async () => {
  expect(workflowId, 'the flow above started a workflow').not.toBe('');
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Doyun Park');
  const api = (path: string) =>
    context.request.get(new URL(`/api/esign/esignon/workflows/${workflowId}${path}`, inject('adminUrl')).href);
  for (const path of ['', '/signing-url', '/download-url?document=signed', '/download-url?document=certificate']) {
    const answer = await api(path);
    expect(answer.status(), path).toBe(404);
    expect(await answer.json(), path).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_NOT_FOUND' });
  }
  const cancel = await context.request.post(
    new URL(`/api/esign/esignon/workflows/${workflowId}/cancel`, inject('adminUrl')).href,
    { headers: { origin: new URL(inject('adminUrl')).origin }, data: {} },
  );
  expect(cancel.status()).toBe(404);

  await page.goto(new URL(`/?screen=esignon&workflow=${workflowId}`, inject('adminUrl')).href);
  const alert = page.locator('section.esignon-workflow [role="alert"]');
  await expect.poll(() => alert.getAttribute('data-error-code'), { timeout: 10_000 }).toBe('ESIGN_KIT_NOT_FOUND');
  // Worded for eSignon contracts, the same as for a workflow that does not exist.
  expect(await alert.textContent()).toContain("No such eSignon contract among your customer's contracts.");
  expect(await page.getByRole('region', { name: 'My eSignon contracts' }).textContent()).not.toContain(title);
  expect(await page.locator('section.esignon-workflow').textContent()).not.toContain(title);
  await context.close();
});

for (const size of [
  { name: '1440x900', ...desktop },
  { name: '390x844', ...phone },
] as const) {
  for (const locale of ['en-US', 'ko-KR'] as const) {
    it(`the eSignon section with a complete contract at ${size.name} in ${locale}: axe-clean, no sideways scroll`, {
      timeout: 60_000,
    }, async () => {
      expect(workflowId, 'the flow above started a workflow').not.toBe('');
      const context = await browser.newContext({ locale, viewport: { width: size.width, height: size.height } });
      const page = await signIn(context, locale === 'ko-KR' ? '이서연으로 로그인' : 'Sign in as Seoyeon Lee');
      await page.goto(new URL(`/?screen=esignon&workflow=${workflowId}`, inject('adminUrl')).href);
      await page.getByRole('heading', { name: title, level: 3 }).waitFor();
      await expect.poll(() => page.locator('[aria-busy="true"], progress:not([value])').count()).toBe(0);
      await page.mouse.move(0, 0);
      await screenshot(page, `esignon-${size.name}-${locale}`);
      const problems = await axeViolations(page);
      const width = await pageWidth(page);
      if (width > size.width) problems.push(`the page is ${width} px wide in a ${size.width} px viewport`);
      expect(problems, problems.join('\n')).toEqual([]);
      await context.close();
    });
  }
}

/** axe-core's WCAG violations in the page, each as one line with the elements it found. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as Window & { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    if (!axe) throw new Error('axe-core did not load.');
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map(
      (violation) =>
        `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

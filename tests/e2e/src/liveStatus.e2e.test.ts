import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, newContext, screenshot, signIn } from './browser.js';
import { sandboxContract } from './sandbox.js';

// Live signing status (issue 17) in the admin demo: screens learn of a signature made elsewhere
// from the proxy's event stream, with no click and no reload. Two windows of one tenant show the
// same contract; its participant signs in the sandbox; both lists and both open contracts move on.
// A window of the other tenant hears nothing of it. The same for an eSignon workflow, through
// eSignon's callback. And while a contract's hosted page is open, the window asks for fast reads.

/**
 * How long a change may take to show: the proxy's status watcher reads a watched contract every
 * 15 s when no signing page is open for it, then the screen refetches. No tighter timing is
 * asserted: `pnpm bench:events` measures it.
 */
const eventually = { timeout: 40_000, interval: 250 };

/** HANBIT-2025-003: one signer (고객), waiting; no other test file signs it. */
const customKey = 'HANBIT-2025-003';

interface LiveRecord {
  readonly urls: string[];
  readonly messages: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A browser profile whose pages note every event stream they open and every event delivered on
 * it: the page's own `EventSource`, observed (a subclass that records), its behaviour unchanged.
 */
async function recordingContext(locale: 'en-US' | 'ko-KR' = 'en-US'): Promise<BrowserContext> {
  const context = await newContext(browser, locale);
  await context.addInitScript(() => {
    const Native = window.EventSource;
    const record = { urls: [] as string[], messages: [] as string[] };
    Object.assign(window, { liveRecord: record });
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        record.urls.push(String(url));
        this.addEventListener('message', (event) => record.messages.push(event.data));
      }
    };
  });
  return context;
}

function liveRecord(page: Page): Promise<LiveRecord> {
  return page.evaluate(() => (window as Window & { liveRecord?: LiveRecord }).liveRecord ?? { urls: [], messages: [] });
}

/** The events a window received, parsed. */
async function receivedEvents(page: Page): Promise<{ type: string; [field: string]: unknown }[]> {
  const { messages } = await liveRecord(page);
  return messages.map((message) => (JSON.parse(message) as { event: { type: string } }).event);
}

/** Signs in and opens the contract list filtered to `title`, with the contract `uuid` shown. */
async function openContract(context: BrowserContext, user: string, title: string, uuid: string): Promise<Page> {
  const page = await signIn(context, user);
  const search = new URLSearchParams({ q: title, contract: uuid });
  await page.goto(`${inject('adminUrl')}?${search}`);
  await page.getByRole('region', { name: title, exact: true }).waitFor();
  // From here on, no reload: the mark survives only in the page as loaded now.
  await page.evaluate(() => Object.assign(window, { liveMark: 'kept' }));
  return page;
}

const notReloaded = (page: Page) => page.evaluate(() => (window as Window & { liveMark?: string }).liveMark);

/** The live indicator in the shell bar. */
const indicator = (page: Page) => page.getByRole('status').filter({ has: page.locator('.live-status-dot') });

it('updates both windows of a tenant when a participant signs in the sandbox, and tells the other tenant nothing', {
  timeout: 120_000,
}, async () => {
  const contract = await sandboxContract(customKey);
  const signature = contract.signature;
  const signer = signature?.participants[0];
  if (!signature || !signer) throw new Error(`${customKey} has no e-signature with a participant.`);

  const [first, second, other] = await Promise.all([recordingContext(), recordingContext(), recordingContext()]);
  const windows = [
    await openContract(first, 'Sign in as Doyun Park', contract.title, contract.uuid),
    await openContract(second, 'Sign in as Doyun Park', contract.title, contract.uuid),
  ];
  const partner = await sandboxContract('PARTNER-2025-001');
  const otherWindow = await openContract(other, 'Sign in as Seoyeon Lee', partner.title, partner.uuid);

  for (const page of [...windows, otherWindow]) {
    await expect.poll(() => indicator(page).getAttribute('data-live'), eventually).toBe('streaming');
    expect(await indicator(page).textContent()).toBe('Status updates: Live');
  }
  for (const page of windows) {
    const list = page.getByRole('region', { name: 'Contracts', exact: true });
    const row = list.locator('tbody tr').filter({ hasText: customKey });
    expect(await row.locator('.badge-contract').getAttribute('data-status')).toBe('CREATED');
    expect(await row.locator('.badge-signature').getAttribute('data-status')).toBe('WAITING');
    const card = page.getByRole('region', { name: contract.title, exact: true });
    expect(await card.locator('.card-title .badge-contract').getAttribute('data-status')).toBe('CREATED');
    // The window's one stream names the contract (and its e-signature), so the proxy watches it.
    await expect
      .poll(async () => (await liveRecord(page)).urls.some((url) => url.includes(`contract=${contract.uuid}`)))
      .toBe(true);
  }
  // Nothing of the other tenant's window names Hanbit's contract.
  expect((await liveRecord(otherWindow)).urls.some((url) => url.includes(contract.uuid))).toBe(false);
  await screenshot(windows[0] as Page, 'live-before-signing');

  // The participant signs on the sandbox (what Prix's signing page does), not through the demo.
  // The proxy's first read of a watched contract is its baseline: it was taken when the first
  // window's stream opened, seconds ago, so this signature is a change it will see.
  const signed = await fetch(`${inject('sandboxUrl')}/__sandbox/participants/${signer.uuid}/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'sign' }),
  });
  expect(signed.status).toBe(200);

  for (const page of windows) {
    const list = page.getByRole('region', { name: 'Contracts', exact: true });
    const row = list.locator('tbody tr').filter({ hasText: customKey });
    await expect.poll(() => row.locator('.badge-contract').getAttribute('data-status'), eventually).toBe('CONCLUDED');
    expect(await row.locator('.badge-signature').getAttribute('data-status')).toBe('DONE');
    expect(await row.textContent()).toContain('Concluded');
    const card = page.getByRole('region', { name: contract.title, exact: true });
    await expect
      .poll(() => card.locator('.card-title .badge-contract').getAttribute('data-status'), eventually)
      .toBe('CONCLUDED');
    await expect.poll(() => card.locator('.badge-participant').first().getAttribute('data-status')).toBe('DONE');
    // It came over the stream: the contract's new status, for this very contract.
    expect(await receivedEvents(page)).toContainEqual(
      expect.objectContaining({ type: 'contract.status', contractUuid: contract.uuid, status: 'CONCLUDED' }),
    );
    expect(await notReloaded(page)).toBe('kept');
  }
  await screenshot(windows[1] as Page, 'live-after-signing');

  // The other tenant's window is still streaming and never received anything of it.
  expect(await indicator(otherWindow).getAttribute('data-live')).toBe('streaming');
  const heard = JSON.stringify(await liveRecord(otherWindow));
  expect(heard).not.toContain(contract.uuid);
  expect(heard).not.toContain(signature.uuid);
  expect(heard).not.toContain(signer.uuid);
  // Nor may it ask for them: the stream is refused before it opens, as not found (another
  // tenant's contract and its e-signature alike, so their existence stays hidden).
  const events = (query: string) =>
    other.request.get(new URL(`/api/esign/events?${query}`, inject('adminUrl')).href, { timeout: 10_000 });
  expect((await events(`contract=${contract.uuid}`)).status()).toBe(404);
  expect((await events(`signature=${signature.uuid}`)).status()).toBe(404);
  await Promise.all([first.close(), second.close(), other.close()]);
});

it("updates the eSignon workflow in both windows of a tenant from eSignon's callback, without a click", {
  timeout: 120_000,
}, async () => {
  const title = `E2E 실시간 근로계약 ${Date.now().toString(36)}`;
  const signers = [
    { name: '문하린', contact: 'harin.live@example.com' },
    { name: '강도현', contact: '010-3456-7890' },
  ] as const;
  const [first, second] = await Promise.all([recordingContext(), recordingContext()]);

  // The first window starts a contract for two signers in the eSignon section.
  const starter = await signIn(first, 'Sign in as Doyun Park');
  await starter
    .getByRole('navigation')
    .getByRole('button', { name: /^(eSignon|이싸인온)$/ })
    .click();
  await starter.getByRole('textbox', { name: 'Contract title' }).fill(title);
  for (const [index, signer] of signers.entries()) {
    const group = starter.getByRole('group', { name: `Signer ${index + 1}` });
    await group.getByRole('textbox', { name: 'Name' }).fill(signer.name);
    await group.getByRole('textbox', { name: 'E-mail or mobile number' }).fill(signer.contact);
  }
  await starter.getByRole('textbox', { name: 'Workplace' }).fill('부산 지사');
  await starter.getByRole('button', { name: 'Start the contract' }).click();
  await starter.locator('section.esignon-workflow').getByRole('heading', { name: title, level: 3 }).waitFor();
  const workflowId = new URL(starter.url()).searchParams.get('workflow') ?? '';
  expect(workflowId).toMatch(/^\d+$/);
  await starter.evaluate(() => Object.assign(window, { liveMark: 'kept' }));

  // The second window opens the same workflow by its link.
  const follower = await signIn(second, 'Sign in as Doyun Park');
  await follower.goto(`${inject('adminUrl')}?${new URLSearchParams({ screen: 'esignon', workflow: workflowId })}`);
  await follower.locator('section.esignon-workflow').getByRole('heading', { name: title, level: 3 }).waitFor();
  await follower.evaluate(() => Object.assign(window, { liveMark: 'kept' }));

  const windows = [starter, follower];
  for (const page of windows) {
    const panel = page.locator('section.esignon-workflow');
    expect(await panel.locator('[data-field="current-signer"]').textContent()).toBe(signers[0].name);
    await expect.poll(() => indicator(page).getAttribute('data-live'), eventually).toBe('streaming');
    await expect
      .poll(async () => (await liveRecord(page)).urls.some((url) => url.includes(`workflow=${workflowId}`)))
      .toBe(true);
  }

  // The first signer signs on the sandbox's eSignon, which then calls the proxy back.
  const signed = await fetch(`${inject('sandboxUrl')}/__sandbox/esignon/workflows/${workflowId}/signers/1/sign`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(signed.status).toBe(200);

  for (const page of windows) {
    const panel = page.locator('section.esignon-workflow');
    await expect
      .poll(() => panel.locator('[data-field="current-signer"]').textContent(), eventually)
      .toBe(signers[1].name);
    expect(await panel.locator('[data-signer="1"]').getAttribute('data-state')).toBe('signed');
    expect(await panel.locator('.esignon-callback').textContent()).toMatch(/^Last callback: Being signed/);
    expect(await receivedEvents(page)).toContainEqual(expect.objectContaining({ type: 'workflow.status', workflowId }));
    expect(await notReloaded(page)).toBe('kept');
  }
  await screenshot(follower, 'live-esignon-after-callback');
  await Promise.all([first.close(), second.close()]);
});

it('asks the proxy to read the contract fast while its detail page is open, and no longer once it is closed (in Korean)', {
  timeout: 60_000,
}, async () => {
  // HANBIT-2025-004 is only read here.
  const contract = await sandboxContract('HANBIT-2025-004');
  const context = await recordingContext('ko-KR');
  const page = await openContract(context, '박도윤으로 로그인', contract.title, contract.uuid);
  await expect.poll(() => indicator(page).getAttribute('data-live'), eventually).toBe('streaming');
  expect(await indicator(page).textContent()).toBe('상태 갱신: 실시간');
  const lastStream = async () => new URL((await liveRecord(page)).urls.at(-1) ?? '', inject('adminUrl'));
  await expect.poll(async () => (await lastStream()).searchParams.getAll('contract')).toContain(contract.uuid);
  expect((await lastStream()).searchParams.get('pageOpen')).toBeNull();

  const card = page.getByRole('region', { name: contract.title, exact: true });
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    card.getByRole('button', { name: '상세 페이지 열기' }).click(),
  ]);
  // The window's one stream is reopened saying a page is open for the contract.
  await expect.poll(async () => (await lastStream()).searchParams.get('pageOpen')).toBe('1');
  expect((await lastStream()).searchParams.getAll('contract')).toContain(contract.uuid);
  await expect.poll(() => indicator(page).getAttribute('data-live'), eventually).toBe('streaming');

  await tab.close();
  await expect.poll(() => card.getByRole('status').filter({ hasText: '페이지를 닫았습니다.' }).count()).toBe(1);
  await expect.poll(async () => (await lastStream()).searchParams.get('pageOpen')).toBeNull();
  expect((await lastStream()).searchParams.getAll('contract')).toContain(contract.uuid);
  expect(await notReloaded(page)).toBe('kept');
  await context.close();
});

import type { Browser, BrowserContext, Locator } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { desktop, launchChromium, lookUp, pageWidth, phone, screenshot, signIn } from './browser.js';
import { sandboxContract } from './sandbox.js';

// The contract's detail at a phone's width: participants are stacked cards inside the page, and
// the signing progress is an ordered list saying, in words, who signed and who is waited for.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const phoneContext = (locale: 'en-US' | 'ko-KR'): Promise<BrowserContext> =>
  browser.newContext({ locale, viewport: phone });

/** The right edge of an element, in CSS pixels from the left of the page. */
const rightEdge = async (element: Locator) => {
  const box = await element.boundingBox();
  return (box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY);
};

it('shows the participants as cards and the signing timeline on a phone, in English', async () => {
  const context = await phoneContext('en-US');
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  // PARTNER-2025-010: roles 갑 then 을; the first has signed, it is the second's turn.
  await lookUp(page, 'PARTNER-2025-010');
  const card = page.getByRole('region', { name: '파트너 컨설팅 계약', exact: true });
  await card.waitFor();
  const [first, second] = (await sandboxContract('PARTNER-2025-010')).signature?.participants ?? [];
  expect(first && second).toBeTruthy();

  const timeline = card.getByRole('region', { name: 'Signing progress' });
  const steps = timeline.getByRole('listitem');
  // The request, both participants in order, and the end.
  await expect.poll(() => steps.count()).toBe(4);
  expect(await timeline.locator('ol').count()).toBe(1);
  expect(await timeline.textContent()).toContain('1 of 2 signed');
  expect(await steps.nth(0).textContent()).toMatch(/^✓?Signatures requested · /);
  expect(await steps.nth(1).textContent()).toContain(`${first?.name} (갑) — Signed`);
  expect(await steps.nth(2).textContent()).toContain(`${second?.name} (을) — Their turn · waiting for them`);
  expect(await steps.nth(2).getAttribute('aria-current')).toBe('step');
  expect(await steps.nth(3).textContent()).toContain('Sign by · ');

  const rows = card.locator('table.participants tbody tr');
  expect(await rows.count()).toBe(2);
  for (const row of await rows.all()) {
    // A card: the row is a block, as wide as the card at most, each cell labelled.
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    expect(await rightEdge(row)).toBeLessThanOrEqual(phone.width);
    expect(
      await row
        .locator('td')
        .first()
        .evaluate((cell) => getComputedStyle(cell, '::before').content),
    ).toBe('"Status"');
  }
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(phone.width);
  await card.getByRole('table', { name: 'Participants' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'contract-detail-participants-390-en');

  // On a desktop the same rows are a table, inside its card.
  await page.setViewportSize(desktop);
  const table = card.getByRole('table', { name: 'Participants' });
  await expect.poll(() => rows.first().evaluate((element) => getComputedStyle(element).display)).toBe('table-row');
  expect(await table.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  expect(await rightEdge(table)).toBeLessThanOrEqual(await rightEdge(card));
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, 'contract-detail-participants-1440-en');
  await context.close();
});

it('tells the signing progress in Korean, including a canceled signature', async () => {
  const context = await phoneContext('ko-KR');
  const page = await signIn(context, '이서연으로 로그인');
  // PARTNER-2025-008: canceled before anyone signed.
  await lookUp(page, 'PARTNER-2025-008');
  const card = page.getByRole('region', { name: '파트너 장비 임대차계약', exact: true });
  const timeline = card.getByRole('region', { name: '서명 진행' });
  const steps = timeline.getByRole('listitem');
  await expect.poll(() => steps.count()).toBe(4);
  expect(await timeline.textContent()).toContain('2명 중 0명 서명');
  expect(await steps.nth(1).textContent()).toContain('서명 전에 취소됨');
  expect(await steps.nth(2).textContent()).toContain('서명 전에 취소됨');
  expect(await steps.nth(3).textContent()).toContain('전자서명이 취소되었습니다');
  expect(await timeline.locator('[aria-current]').count()).toBe(0);
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(phone.width);
  await screenshot(page, 'contract-detail-canceled-390-ko');
  await context.close();
});

it('keeps a 600-character title and a long participant inside the card on a phone', async () => {
  const stamp = Date.now();
  const title = `상세긴제목${stamp}${'ABCDEFGHIJ가나다라마바사아자차'.repeat(40)}`.slice(0, 600);
  const name = `참여자${'김'.repeat(60)}`;
  const email = `${'very.long.address'.repeat(6)}@demo.example`;
  const customKey = `DETAIL-LONG-${stamp}`;
  const context = await phoneContext('en-US');
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  const answer = await page.evaluate(
    async (input) => {
      const session = await (await fetch('/demo/session')).json();
      const response = await fetch('/api/esign/signature-templates/5120/signatures', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({
          input: {
            title: input.title,
            participants: [
              { role: '고객', input: { name: input.name, send: 'EMAIL', auth: 'EMAIL', email: input.email } },
            ],
            // 이름 (object 13) is the consent template's required pre-input.
            items: [{ id: 13, contents: input.name }],
            contract: { customers: [{ id: session.data.user.tenant.primaryCustomerId }], customKey: input.customKey },
          },
        }),
      });
      return { status: response.status, body: await response.text() };
    },
    { title, name, email, customKey },
  );
  expect(answer.status, answer.body).toBe(200);

  await lookUp(page, customKey);
  const card = page.getByRole('region', { name: title, exact: true });
  await card.waitFor();
  await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(phone.width);
  expect(await rightEdge(card.getByRole('heading', { name: title, level: 2 }))).toBeLessThanOrEqual(phone.width);
  const participant = card.locator('table.participants tbody tr').first();
  expect(await rightEdge(participant)).toBeLessThanOrEqual(phone.width);
  // Wrapped, the whole name and address are on screen, and in the tooltip too.
  expect(await participant.locator('.participant-name').getAttribute('title')).toBe(name);
  expect(await participant.locator('.participant-contact').getAttribute('title')).toBe(email);
  await screenshot(page, 'contract-detail-long-data-390');
  await context.close();
});

import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, lookUp, newContext, screenshot, signIn } from './browser.js';
import { remindersFor, sandboxContract } from './sandbox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it("answers a contract of the other tenant as not found, in the user's language, and lists only the tenant's own", async () => {
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Doyun Park');
  const list = page.getByRole('region', { name: 'Contracts', exact: true });
  await expect.poll(() => list.textContent()).toContain('HANBIT-2025-004');
  expect(await list.textContent()).not.toContain('PARTNER-');
  expect(await list.textContent()).toContain('6 in all');

  await lookUp(page, 'PARTNER-2025-001');

  // Hidden like a contract that does not exist (formErrors.e2e.test.ts checks that one reads the same).
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.getAttribute('data-error-code')).toBe('ESIGN_KIT_NOT_FOUND');
  expect(await alert.textContent()).toContain("No such contract among your customer's contracts.");
  expect(await alert.textContent()).toContain("Another tenant's contract gets the same answer.");
  expect(await alert.textContent()).not.toContain('not allowed');
  expect(await page.getByText('파트너 유지보수 계약 (1분기)').count()).toBe(0);
  await screenshot(page, 'other-tenant-refused');

  await page.getByRole('radio', { name: '한국어' }).check();
  await expect.poll(() => alert.textContent()).toContain('없거나 볼 수 없는 계약서입니다.');
  expect(await alert.textContent()).toContain('다른 고객사의 계약서도 같은 답을 받습니다.');

  // The same key is the other user's own contract.
  const other = await newContext(browser);
  const partnerPage = await signIn(other, 'Sign in as Seoyeon Lee');
  await lookUp(partnerPage, 'PARTNER-2025-001');
  await partnerPage.getByRole('region', { name: '파트너 유지보수 계약 (1분기)', exact: true }).waitFor();
  await Promise.all([context.close(), other.close()]);
});

it("refuses list requests that name another tenant's customer, or come without a session", async () => {
  const context = await newContext(browser);
  await signIn(context, 'Sign in as Seoyeon Lee'); // customer 1; Hanbit is customer 2
  const api = (path: string) => context.request.get(new URL(`/api/esign/${path}`, inject('adminUrl')).href);

  expect((await api('contracts?customerIds=1')).status()).toBe(200);
  for (const path of ['contracts?customerIds=2', 'contracts?customerIds=1,2', 'contracts', 'customers/2']) {
    const answer = await api(path);
    expect(answer.status(), path).toBe(403);
    expect(await answer.json(), path).toMatchObject({ errorCode: 'ESIGN_KIT_FORBIDDEN' });
  }
  // The business-wide customer list is not offered at all (only creating one is).
  expect((await api('customers')).status()).toBe(405);
  // Nor can a reminder go to a participant of the other tenant's signature.
  const hanbit = await sandboxContract('HANBIT-2025-001');
  const participant = hanbit.signature?.participants[0];
  const remind = await context.request.post(
    new URL(`/api/esign/signatures/${hanbit.signature?.uuid}/send`, inject('adminUrl')).href,
    { headers: { origin: new URL(inject('adminUrl')).origin }, data: { participantUuid: participant?.uuid } },
  );
  expect(remind.status()).toBe(403);
  expect(await remind.json()).toMatchObject({ errorCode: 'ESIGN_KIT_FORBIDDEN' });
  expect(await remindersFor(participant?.uuid ?? '')).toEqual([]);
  await context.clearCookies();
  const signedOut = await api('contracts?customerIds=1');
  expect(signedOut.status()).toBe(403);
  expect(await signedOut.json()).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_FORBIDDEN' });
  await context.close();
});

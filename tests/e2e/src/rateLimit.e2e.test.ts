import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, lookUp, newContext, screenshot, signIn } from './browser.js';
import { remindersFor, sandboxContract } from './sandbox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('refuses the reminder after the limit (3 per participant per hour) with the message in Korean and what to do', async () => {
  const context = await newContext(browser, 'ko-KR');
  const page = await signIn(context, '이서연으로 로그인');
  const contract = await sandboxContract('PARTNER-2025-004');
  const signer = contract.signature?.participants.find((participant) => participant.role === '갑');
  if (!signer) throw new Error('PARTNER-2025-004 has no 갑 participant.');

  await lookUp(page, 'PARTNER-2025-004');
  const row = page.getByRole('row').filter({ hasText: signer.name });
  const send = row.getByRole('button', { name: '알림 보내기' });
  for (let sent = 1; sent <= 3; sent += 1) {
    await send.click();
    await expect.poll(() => remindersFor(signer.uuid).then((list) => list.length)).toBe(sent);
    await expect.poll(() => row.getByRole('status').textContent()).toMatch(/^보냈습니다: 이메일 → /);
  }

  await send.click();

  const alert = row.getByRole('alert');
  await expect.poll(() => alert.getAttribute('data-error-code')).toBe('ESIGN_KIT_RATE_LIMITED');
  const text = await alert.textContent();
  // The wait comes from Retry-After: at most an hour, said in minutes or as an hour.
  expect(text).toMatch(/요청이 너무 많습니다\. 약 (1시간|\d+분) 후 다시 시도하세요\./);
  expect(text).toContain('한 시간쯤 뒤에 다시 보내거나');
  expect(text).toContain('참여자 한 명에게 한 시간에 3번까지 보낼 수 있습니다.');
  // From the proxy's Retry-After: the window is an hour, so the wait is between 1 and 60 minutes.
  const wait = Number(/(\d+)분 뒤에 다시 보낼 수 있습니다/.exec(text ?? '')?.[1]);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(60);
  expect(await row.getByRole('status').count()).toBe(0);
  await screenshot(page, 'reminder-rate-limited-ko');
  // The refused one never reached the sandbox.
  expect(await remindersFor(signer.uuid)).toHaveLength(3);
  await context.close();
});

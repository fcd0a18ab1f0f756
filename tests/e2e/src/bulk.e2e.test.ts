import type { Browser, Locator } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, newContext, phone as phoneSize, screenshot, signIn } from './browser.js';
import { pageSessions, sandboxContracts } from './sandbox.js';

// The bulk-contract page used to open with "no rows to send": the demo passed none. Now the
// recipients are typed or pasted beside the button, checked field by field, and the page sends them.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const isFocused = (element: Locator) => element.evaluate((node) => node === document.activeElement);

it('sends a bulk contract to recipients typed and pasted in the demo, through the sandbox page', async () => {
  const stamp = Date.now();
  const titles = [`E2E 대량 동의서 ${stamp} 1`, `E2E 대량 동의서 ${stamp} 2`];
  const context = await newContext(browser);
  const page = await signIn(context, 'Sign in as Seoyeon Lee');
  await page.getByRole('radio', { name: 'Modal' }).check();
  const panel = page.getByRole('region', { name: 'New contract on a Prix page' });
  await panel
    .getByRole('combobox', { name: 'Template' })
    .selectOption({ label: '개인정보 수집·이용 동의서 · 1 participant' });
  const recipients = panel.getByRole('region', { name: 'Recipients of the bulk contract' });
  const first = recipients.getByRole('group', { name: 'Recipient 1' });
  await first.waitFor();
  const open = panel.getByRole('button', { name: /^Bulk contract page \(\d recipients?\)$/ });
  expect(await open.isDisabled()).toBe(true);

  // A wrong number is named next to its field, in words, and keeps the page shut.
  await first.getByRole('textbox', { name: 'Contract title' }).fill(titles[0] ?? '');
  await first.getByRole('textbox', { name: 'Name', exact: true }).fill('한지민');
  const phone = first.getByRole('textbox', { name: 'Mobile number' });
  await phone.fill('123');
  await first.getByRole('textbox', { name: '이름' }).focus();
  const error = first.getByText('Enter a mobile number like 010-1234-5678.');
  await error.waitFor();
  expect(await phone.getAttribute('aria-invalid')).toBe('true');
  expect(await phone.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
  expect(await open.isDisabled()).toBe(true);
  await phone.fill('010-5555-0101');
  await first.getByRole('textbox', { name: '이름' }).fill('한지민');
  await expect.poll(() => error.count()).toBe(0);

  // A second recipient from a CSV file, read into the CSV box: the e-mail makes it an e-mail recipient.
  await recipients.getByText('Paste CSV').click();
  const csv = `title,name,contact,이름\n${titles[1]},문가영,moon.${stamp}@example.com,문가영\n한 칸뿐인 줄`;
  await recipients
    .getByLabel('Or read a CSV file (UTF-8) into the box')
    .setInputFiles({ name: 'recipients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const box = recipients.getByRole('textbox', { name: /^One person per line/ });
  await expect.poll(() => box.inputValue()).toBe(csv);
  await recipients.getByRole('button', { name: 'Add the people in the CSV' }).click();
  const added = recipients.getByRole('status');
  await added.filter({ hasText: 'Added 1 person.' }).waitFor();
  // The line it could not read is named, by number.
  expect(await added.textContent()).toContain('Line 3: only 1 column (title, name and contact are needed).');
  const second = recipients.getByRole('group', { name: 'Recipient 2' });
  expect(await second.getByRole('combobox', { name: 'Send by' }).inputValue()).toBe('EMAIL');
  expect(await second.getByRole('textbox', { name: 'E-mail' }).inputValue()).toBe(`moon.${stamp}@example.com`);
  await expect.poll(() => open.textContent()).toBe('Bulk contract page (2 recipients)');
  expect(await open.isDisabled()).toBe(false);
  await screenshot(page, 'bulk-recipients');

  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Prix Bulk contract' });
  await expect.poll(() => dialog.getAttribute('data-state')).toBe('ready');
  // Minted with both rows and the tenant's customer.
  const src = (await dialog.locator('iframe').getAttribute('src')) ?? '';
  const session = (await pageSessions()).find((candidate) => src.endsWith(candidate.token));
  expect(session).toMatchObject({
    operationId: 'templates.bulkUrl',
    input: {
      input: {
        defaultValue: { customer: { id: 1 } },
        items: [
          {
            title: titles[0],
            participant: { name: '한지민', send: 'PHONE', phone: '010-5555-0101' },
            items: [{ id: 13, contents: '한지민' }],
          },
          {
            title: titles[1],
            participant: { name: '문가영', send: 'EMAIL', email: `moon.${stamp}@example.com` },
            items: [{ id: 13, contents: '문가영' }],
          },
        ],
      },
    },
  });
  const framed = page.frameLocator('iframe[title="Prix Bulk contract"]');
  await expect.poll(() => framed.locator('body').textContent()).toContain(titles[1]);
  await framed.getByRole('button', { name: '선택한 행 보내기 · Send the selected rows' }).click();
  await expect.poll(() => framed.locator('[data-row-result="sent"]').count()).toBe(2);
  expect(await framed.locator('body').textContent()).toContain('실패 · failed: 0');

  const made = (await sandboxContracts()).filter((contract) => titles.includes(contract.title));
  expect(made.map((contract) => contract.title).sort()).toEqual(titles);
  expect(made.every((contract) => contract.customerIds.join() === '1')).toBe(true);
  expect(made.map((contract) => contract.signature?.participants[0]?.name).sort()).toEqual(['문가영', '한지민']);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => isFocused(open)).toBe(true);
  await context.close();
});

it('fits the recipients editor on a phone, in Korean', async () => {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: phoneSize });
  const page = await signIn(context, '박도윤으로 로그인');
  const panel = page.getByRole('region', { name: '프릭스 페이지로 새 계약' });
  await panel
    .getByRole('combobox', { name: '템플릿' })
    .selectOption({ label: '개인정보 수집·이용 동의서 · 참여자 1명' });
  const recipients = panel.getByRole('region', { name: '대량 계약 받는 사람' });
  await recipients.getByRole('group', { name: '받는 사람 1' }).waitFor();
  await recipients.getByRole('combobox', { name: '보낼 방법' }).selectOption('EMAIL');
  const email = recipients.getByRole('textbox', { name: '이메일' });
  await email.fill('moon@');
  await email.blur();
  await recipients.getByText('name@example.com 형식의 이메일 주소를 입력해 주세요.').waitFor();
  const box = await recipients.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 9999)).toBeLessThanOrEqual(390);
  await recipients.scrollIntoViewIfNeeded();
  await screenshot(page, 'bulk-recipients-390-ko');
  await context.close();
});

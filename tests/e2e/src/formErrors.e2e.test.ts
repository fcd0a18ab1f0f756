import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, lookUp, newContext, pageWidth, phone as phoneSize, screenshot } from './browser.js';
import { sandboxContracts } from './sandbox.js';

// Forms say what is wrong, where, in the user's language: the request form checks the limits Prix
// documents before sending (each problem under its field, listed on top, focus on the first), the
// server's issues land on their fields too, and an unknown contract reads "no such contract".

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const words = {
  en: {
    user: /^Sign in as Seoyeon Lee$/,
    contracts: 'Contracts',
    request: 'Request signatures',
    screen: 'Request signatures from a template',
    templates: 'Templates',
    template: '데모 용역 계약서 · 2 participants',
    title: 'Contract title',
    customKey: 'Contract customKey (optional)',
    expires: 'Sign by (optional)',
    name: 'Name',
    sendBy: 'Send by',
    email: 'E-mail',
    phone: 'Mobile number',
    submit: 'Send the request',
    required: 'Fill this in.',
    tooLong: 'Use at most 40 characters.',
    past: 'Pick today or a later date.',
    badPhone: 'Enter a mobile number with hyphens, such as 010-1234-5678.',
    badEmail: 'Enter an e-mail address such as name@example.com.',
    summary: /^\d+ fields? to fix/,
    notFound: "No such contract among your customer's contracts.",
    notFoundHint: 'Check the uuid or customKey you entered.',
    inputHint: 'Fix the fields named above, then send again.',
  },
  ko: {
    user: /^이서연.*로 로그인$/,
    contracts: '계약서 목록',
    request: '서명 요청',
    screen: '템플릿으로 서명 요청',
    templates: '템플릿',
    template: '데모 용역 계약서 · 참여자 2명',
    title: '계약서 제목',
    customKey: '계약서 customKey (선택)',
    expires: '서명 기한 (선택)',
    name: '이름',
    sendBy: '받는 방법',
    email: '이메일',
    phone: '휴대폰 번호',
    submit: '서명 요청 보내기',
    required: '값을 입력하세요.',
    tooLong: '40자 이하로 입력하세요.',
    past: '오늘이나 그 이후 날짜를 고르세요.',
    badPhone: '하이픈을 넣은 휴대폰 번호를 입력하세요 (예: 010-1234-5678).',
    badEmail: '올바른 이메일 주소를 입력하세요 (예: name@example.com).',
    summary: /^고칠 항목이 \d+개 있습니다/,
    notFound: '없거나 볼 수 없는 계약서입니다.',
    notFoundHint: '입력한 uuid·customKey를 확인하세요.',
    inputHint: '위에 적힌 항목을 고친 뒤 다시 보내세요.',
  },
} as const;
type Words = (typeof words)[keyof typeof words];

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG A/AA violations on the page, as rule ids with the elements they found. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as Window & { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    if (!axe) throw new Error('axe-core did not load.');
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

/** The validator's English, which must never reach the Korean screen. */
const validatorEnglish = /Must (not|be)|Required\.|Expected |Invalid |Unknown field|Fill this in/;

async function signInAs(locale: 'en-US' | 'ko-KR', w: Words): Promise<Page> {
  const context = await newContext(browser, locale);
  const page = await context.newPage();
  await page.goto(inject('adminUrl'));
  await page.getByRole('button', { name: w.user }).click();
  await page.getByRole('heading', { name: w.contracts, exact: true }).waitFor();
  return page;
}

/** The message a field's `aria-describedby` points at, and whether the field says it is invalid. */
async function fieldError(field: Locator): Promise<{ invalid: string | null; message: string | null }> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const page = field.page();
  const messages = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return { invalid: await field.getAttribute('aria-invalid'), message: messages.join(' ') || null };
}

/** Sets a value the way typing would, past the field's `maxLength` (as a paste from a script could). */
async function forceValue(field: Locator, value: string): Promise<void> {
  await field.evaluate((element, text) => {
    const input = element as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function openRequestForm(page: Page, w: Words) {
  await page.getByRole('button', { name: w.request, exact: true }).click();
  const screen = page.getByRole('region', { name: w.screen });
  await screen.getByRole('combobox', { name: w.templates }).selectOption({ label: w.template });
  await screen.getByRole('group', { name: '1. 발주사' }).waitFor();
  return screen;
}

for (const [locale, key] of [
  ['en-US', 'en'],
  ['ko-KR', 'ko'],
] as const) {
  const w = words[key];

  it(`shows each problem of the request form next to its field, in ${locale}, and sends nothing`, async () => {
    const page = await signInAs(locale, w);
    const before = (await sandboxContracts()).length;
    const screen = await openRequestForm(page, w);
    const first = screen.getByRole('group', { name: '1. 발주사' });
    const second = screen.getByRole('group', { name: '2. 수급사' });

    const title = screen.getByRole('textbox', { name: w.title, exact: true });
    const customKey = screen.getByRole('textbox', { name: w.customKey });
    const expires = screen.getByLabel(w.expires);
    await title.fill('');
    expect(await customKey.getAttribute('maxlength')).toBe('40');
    await forceValue(customKey, `FORM-ERRORS-${'x'.repeat(40)}`);
    await expires.fill('2020-01-31');
    expect(await expires.getAttribute('min')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await first.getByRole('textbox', { name: w.name }).fill('김발주');
    await first.getByRole('textbox', { name: w.email }).fill('buyer.form@demo.example');
    await second.getByRole('textbox', { name: w.name }).fill('이수급');
    await second.getByRole('combobox', { name: w.sendBy }).selectOption('PHONE');
    const phone = second.getByRole('textbox', { name: w.phone });
    expect(await phone.getAttribute('type')).toBe('tel');
    await phone.fill('1234');
    await screen.getByRole('button', { name: w.submit }).click();

    expect(await fieldError(title)).toEqual({ invalid: 'true', message: w.required });
    expect(await fieldError(customKey)).toEqual({ invalid: 'true', message: w.tooLong });
    expect(await fieldError(expires)).toEqual({ invalid: 'true', message: w.past });
    expect(await fieldError(phone)).toEqual({ invalid: 'true', message: w.badPhone });
    expect(await fieldError(first.getByRole('textbox', { name: w.email }))).toEqual({ invalid: null, message: null });
    // Focus is on the first field with a problem; the summary on top leads to each one.
    expect(await title.evaluate((element) => element === document.activeElement)).toBe(true);
    const summary = screen.locator('[data-error-summary]');
    expect(await summary.locator('p').first().textContent()).toMatch(w.summary);
    expect(await summary.getByRole('link').count()).toBe(4);
    await summary.getByRole('link').nth(3).click();
    expect(await phone.evaluate((element) => element === document.activeElement)).toBe(true);
    if (key === 'ko') expect(await screen.textContent()).not.toMatch(validatorEnglish);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `form-errors-request-${locale}`);
    // On a phone, the messages wrap under their fields: nothing scrolls sideways.
    await page.setViewportSize(phoneSize);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, `form-errors-request-${locale}-phone`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Fixing a field clears its problem as the user types.
    await title.fill('양식 오류 확인');
    expect(await fieldError(title)).toEqual({ invalid: null, message: null });
    expect(await summary.getByRole('link').count()).toBe(3);
    expect((await sandboxContracts()).length).toBe(before);
    await page.context().close();
  });

  it(`puts the server's issues on their fields in ${locale}, with advice on the input`, async () => {
    const page = await signInAs(locale, w);
    const screen = await openRequestForm(page, w);
    const first = screen.getByRole('group', { name: '1. 발주사' });
    const second = screen.getByRole('group', { name: '2. 수급사' });
    await screen.getByRole('textbox', { name: w.title, exact: true }).fill('서버 검사 확인');
    await first.getByRole('textbox', { name: w.name }).fill('김발주');
    // Passes the form's own check (something@host.tld) but not the proxy's validator (two dots).
    const email = first.getByRole('textbox', { name: w.email });
    await email.fill('buyer..form@demo.example');
    await second.getByRole('textbox', { name: w.name }).fill('이수급');
    await second.getByRole('textbox', { name: w.email }).fill('supplier.form@demo.example');
    await screen.getByRole('button', { name: w.submit }).click();

    const alert = screen.getByRole('alert');
    await expect.poll(() => alert.getAttribute('data-error-code')).toBe('ESIGN_KIT_INVALID_INPUT');
    await expect.poll(() => fieldError(email)).toEqual({ invalid: 'true', message: w.badEmail });
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await alert.textContent()).toContain(w.inputHint);
    expect(await alert.textContent()).not.toMatch(/try again|다시 시도/i);
    if (key === 'ko') expect(await screen.textContent()).not.toMatch(validatorEnglish);
    await screenshot(page, `form-errors-server-${locale}`);
    // Once the user changes that field, the server's old message about it goes.
    await email.fill('buyer.form@demo.example');
    expect(await fieldError(email)).toEqual({ invalid: null, message: null });
    await page.context().close();
  });

  it(`reads an unknown customKey as "no such contract" in ${locale}`, async () => {
    const page = await signInAs(locale, w);
    await lookUp(page, 'NO-SUCH-CONTRACT-404');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.getAttribute('data-error-code')).toBe('ESIGN_KIT_NOT_FOUND');
    expect(await alert.textContent()).toContain(w.notFound);
    expect(await alert.textContent()).toContain(w.notFoundHint);
    expect(await alert.textContent()).not.toMatch(/not allowed|권한이 없습니다/);
    await screenshot(page, `form-errors-not-found-${locale}`);
    await page.context().close();
  });
}

it("answers an unknown contract and another tenant's exactly alike", async () => {
  const page = await signInAs('en-US', words.en);
  const api = (search: string) =>
    page.context().request.get(new URL(`/api/esign/contracts/find?${search}`, inject('adminUrl')).href);
  const answers = await Promise.all(
    [
      'customKey=NO-SUCH-CONTRACT-404',
      'customKey=HANBIT-2025-001', // the other tenant's
      'uuid=11111111-2222-4333-8444-555555555555',
    ].map(async (search) => {
      const answer = await api(search);
      return { status: answer.status(), body: await answer.text() };
    }),
  );
  expect(answers[0]?.status).toBe(404);
  expect(JSON.parse(answers[0]?.body ?? '{}')).toMatchObject({ ok: false, errorCode: 'ESIGN_KIT_NOT_FOUND' });
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
  await page.context().close();
});

it('checks the customer form in Korean, and moves focus sensibly after a create, a question and a delete', async () => {
  const context = await newContext(browser, 'ko-KR');
  const page = await context.newPage();
  await page.goto(inject('adminUrl'));
  await page.getByRole('button', { name: /^박도윤.*로 로그인$/ }).click();
  await page.getByRole('heading', { name: '계약서 목록', exact: true }).waitFor();
  await page.getByRole('button', { name: '고객', exact: true }).click();
  const screen = page.getByRole('region', { name: '고객', exact: true });
  const form = screen.locator('form.customer-form').last();
  const name = form.getByRole('textbox', { name: '이름' });
  const customKey = form.getByRole('textbox', { name: 'customKey' });
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

  await form.getByRole('button', { name: '고객 만들기' }).click();
  expect(await fieldError(name)).toEqual({ invalid: 'true', message: '값을 입력하세요.' });
  expect(await isFocused(name)).toBe(true);

  expect(await name.getAttribute('maxlength')).toBe('40');
  await forceValue(name, '가'.repeat(41));
  await customKey.fill('폼 오류');
  await form.getByRole('button', { name: '고객 만들기' }).click();
  expect(await fieldError(name)).toEqual({ invalid: 'true', message: '40자 이하로 입력하세요.' });
  expect(await fieldError(customKey)).toEqual({ invalid: 'true', message: '영문, 숫자, -, _ 만 쓸 수 있습니다.' });
  expect(await form.textContent()).not.toMatch(validatorEnglish);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'form-errors-customer-ko-KR');

  const stamp = Date.now() % 100000;
  const title = `폼 확인 고객 ${stamp}`;
  await name.fill(title);
  await customKey.fill(`FORM-${stamp}`);
  await form.getByRole('button', { name: '고객 만들기' }).click();
  const created = screen.getByRole('listitem', { name: title });
  await created.waitFor();
  const status = screen.locator('[data-notice]');
  await expect.poll(() => status.textContent()).toBe(`${title} 고객을 만들었습니다.`);
  await expect.poll(() => isFocused(status)).toBe(true);

  // The question takes focus; Escape puts it back on the button that asked it.
  await created.getByRole('button', { name: '삭제' }).click();
  const confirm = created.locator('.confirm').getByRole('button', { name: '삭제' });
  await expect.poll(() => isFocused(confirm)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => isFocused(created.getByRole('button', { name: '삭제' }))).toBe(true);

  // After the delete the row is gone: focus goes to the list's heading, the status says what happened.
  await created.getByRole('button', { name: '삭제' }).click();
  await confirm.click();
  await created.waitFor({ state: 'detached' });
  await expect.poll(() => isFocused(screen.getByRole('heading', { name: '고객', exact: true }))).toBe(true);
  expect(await status.textContent()).toBe(`${title} 고객을 삭제했습니다.`);
  await context.close();
});

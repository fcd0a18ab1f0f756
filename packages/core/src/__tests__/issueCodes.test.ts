import { describe, expect, it } from 'vitest';
import { EsignKitError } from '../errors/EsignKitError.js';
import * as core from '../index.js';
import * as issuesEntry from '../issues.js';
import { issueMessage, issueTexts, withIssueTexts } from '../issues.js';
import { createCustomer } from '../operations/customers/createCustomer.js';
import { createSignatureFromTemplate } from '../operations/templates/createSignatureFromTemplate.js';
import { validateInput } from '../schemas/validateInput.js';
import * as server from '../server.js';
import { parseEnvelope } from '../wire/envelope.js';

const issuesOf = (result: ReturnType<typeof validateInput>) => (result.ok ? [] : result.issues);

/** Hangul syllables: a Korean sentence has them; an English one does not. */
const hangul = /[\uac00-\ud7a3]/;

describe('validation issues carry a code and their limits', () => {
  it('tells a missing or empty value, a too-long one, a bad format and an unknown field apart', () => {
    const issues = issuesOf(
      validateInput(createSignatureFromTemplate, {
        templateKey: 1,
        input: {
          title: '',
          participants: [{ role: '갑', input: { name: '홍길동', send: 'EMAIL', auth: 'EMAIL', email: 'not-mail' } }],
          signature: { expiredDate: '2020-01-01' },
          colour: 'blue',
        },
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'input.title', message: 'Must not be empty.', code: 'required' },
        {
          path: 'input.participants.0.input.email',
          message: 'Must be a valid e-mail address.',
          code: 'format',
          format: 'email',
        },
        {
          path: 'input.signature.expiredDate',
          message: 'Must be a valid ISO date-time.',
          code: 'format',
          format: 'datetime',
        },
        { path: 'input', message: 'Unknown field(s): colour.', code: 'unknown_field', keys: ['colour'] },
      ]),
    );
  });

  it('gives the maximum of a text that is too long, and a pattern its own code', () => {
    const issues = issuesOf(validateInput(createCustomer, { input: { title: 'x'.repeat(41), customKey: 'a b' } }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'input.title', code: 'too_long', maximum: 40 }));
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'input.customKey', code: 'format', format: 'pattern' }),
    );
  });
});

describe('issueMessage', () => {
  it.each([
    [{ code: 'required' }, '값을 입력하세요.', 'Required.'],
    [{ code: 'too_long', maximum: 40 }, '40자 이하로 입력하세요.', 'Must be at most 40 character(s).'],
    [{ code: 'too_short', minimum: 8 }, '8자 이상 입력하세요.', 'Must be at least 8 character(s).'],
    [{ code: 'too_big', maximum: 100 }, '100 이하여야 합니다.', 'Must be at most 100.'],
    [{ code: 'too_small', minimum: 1 }, '1 이상이어야 합니다.', 'Must be at least 1.'],
    [{ code: 'format', format: 'email' }, '올바른 이메일 주소를', 'Must be a valid email.'],
    [{ code: 'format', format: 'phone' }, '010-1234-5678', 'Must be a phone number written with hyphens'],
    [{ code: 'invalid_value', values: ['EMAIL', 'PHONE'] }, '"EMAIL", "PHONE"', 'Must be one of "EMAIL", "PHONE".'],
    [{ code: 'unknown_field', keys: ['colour'] }, '받지 않는 항목입니다: colour.', 'Unknown field(s): colour.'],
    [{ code: 'custom' }, '값이 올바르지 않습니다.', 'Invalid value.'],
  ] as const)('words %j in Korean and in English', (issue, ko, en) => {
    expect(issueMessage(issue, 'ko')).toContain(ko);
    expect(issueMessage(issue, 'ko')).toMatch(hangul);
    expect(issueMessage(issue, 'en')).toContain(en);
    expect(issueMessage(issue, 'en')).not.toMatch(hangul);
  });

  it("keeps the validator's English and translates the sentences the schemas set themselves", () => {
    const issue = { code: 'custom', message: 'Pass exactly one of `uuid` or `customKey`.' } as const;
    expect(issueMessage(issue, 'en')).toBe(issue.message);
    expect(issueMessage(issue, 'ko')).toBe('uuid와 customKey 중 하나만 넣으세요.');
  });

  it('words every issue the built-in schemas give in Korean, with no English left in it', () => {
    const issues = issuesOf(
      validateInput(createSignatureFromTemplate, {
        templateKey: 0,
        input: { title: '', participants: [{ role: '', input: { name: '', send: 'FAX', auth: 'EMAIL' } }] },
      }),
    );
    expect(issues.length).toBeGreaterThan(3);
    for (const issue of issues) {
      const ko = issueMessage(issue, 'ko');
      expect(ko, issue.message).toMatch(hangul);
      expect(ko, issue.message).not.toMatch(/\b(Must|Pass|Required|Expected|Invalid)\b/);
    }
  });
});

describe('issues in the error and on the wire', () => {
  const issues = withIssueTexts([
    { path: 'input.title', message: 'Must not be empty.', code: 'required' },
    { path: 'input.contract.customKey', message: 'Must be at most 40 character(s).', code: 'too_long', maximum: 40 },
    { path: 'Origin', message: 'Sent from https://elsewhere.test.' },
  ]);

  it('adds Korean and English texts to the issues that have a code, and leaves the others as they are', () => {
    expect(issues[0]?.texts).toEqual({ ko: '값을 입력하세요.', en: 'Must not be empty.' });
    expect(issues[1]?.texts).toEqual(issueTexts({ code: 'too_long', maximum: 40, message: issues[1]?.message ?? '' }));
    expect(issues[2]).toEqual({ path: 'Origin', message: 'Sent from https://elsewhere.test.' });
  });

  it('keeps code, limits and texts through the envelope, for old fields and new readers alike', () => {
    const envelope = parseEnvelope(
      JSON.parse(JSON.stringify({ ok: false, errorCode: 'ESIGN_KIT_INVALID_INPUT', message: 'x', issues })),
    );
    expect(envelope?.ok === false && envelope.issues).toEqual(issues);
  });

  it('writes a Korean message from the Korean texts and an English one as before', () => {
    const error = new EsignKitError({ errorCode: 'ESIGN_KIT_INVALID_INPUT', status: 400, issues, locale: 'ko' });
    expect(error.message).toBe(
      '입력값이 올바르지 않습니다. 확인할 항목: input.title(값을 입력하세요), input.contract.customKey(40자 이하로 입력하세요), Origin',
    );
    expect(error.message).not.toMatch(/Must|Sent/);
    expect(error.messageIn('en')).toBe(
      'The input is not valid. input.title: Must not be empty.; input.contract.customKey: Must be at most 40 character(s).; Origin: Sent from https://elsewhere.test.',
    );
  });
});

describe('@esign-kit/core/issues', () => {
  it('exports exactly the issue wording, which neither the browser nor the server entry carries', () => {
    expect(Object.keys(issuesEntry).sort()).toEqual(['issueMessage', 'issueTexts', 'withIssueTexts']);
    for (const name of Object.keys(issuesEntry)) {
      expect(name in core, name).toBe(false);
      expect(name in server, name).toBe(false);
    }
  });
});

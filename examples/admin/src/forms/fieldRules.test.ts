import type { TemplateDetail } from '@esign-kit/core';
import { describe, expect, it } from 'vitest';
import { checkCustomer, customerFieldOfPath } from '../customers/customerDraft.js';
import { checkDraft, emptyDraft, fieldOfPath, fieldValue } from '../templates/requestDraft.js';
import { checkExpiry, checkText, seoulToday } from './fieldRules.js';
import { problemText } from './formTexts.js';
import { unchangedSince } from './serverProblems.js';

const template = {
  id: 7,
  name: '용역 계약서',
  participants: [
    { id: 2, order: 2, role: '수급사' },
    { id: 1, order: 1, role: '발주사' },
  ],
  objects: [
    { id: 31, type: 'TEXT', category: 'DEFAULT', name: '금액', description: '' },
    { id: 32, type: 'SIGNATURE', category: 'DEFAULT', name: '서명', description: '' },
    { id: 33, type: 'TEXT', category: 'DEFAULT', name: '주소', description: '', required: true },
  ],
} as unknown as TemplateDetail;

describe('field checks', () => {
  it('tells a missing value, a too-long one and a bad format apart', () => {
    expect(checkText(' ', { required: true })).toEqual({ kind: 'required' });
    expect(checkText('', { maximum: 3 })).toBeUndefined();
    expect(checkText('abcd', { maximum: 3 })).toEqual({ kind: 'too_long', maximum: 3 });
    expect(checkText('010-1234-5678', { format: 'phone' })).toBeUndefined();
    expect(checkText('01012345678', { format: 'phone' })).toEqual({ kind: 'format', format: 'phone' });
    expect(checkText('a@b', { format: 'email' })).toEqual({ kind: 'format', format: 'email' });
    expect(checkText('A5-k_1', { format: 'customerKey' })).toBeUndefined();
    expect(checkText('A5 k', { format: 'customerKey' })).toEqual({ kind: 'format', format: 'customerKey' });
  });

  it('takes today or later as an expiry, in Seoul', () => {
    expect(seoulToday(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
    expect(checkExpiry('2026-12-06', '2026-12-07')).toEqual({ kind: 'past_date' });
    expect(checkExpiry('2026-12-07', '2026-12-07')).toBeUndefined();
    expect(checkExpiry('', '2026-12-07')).toBeUndefined();
  });

  it('words each problem in Korean and English', () => {
    expect(problemText({ kind: 'too_long', maximum: 40 }, 'ko')).toBe('40자 이하로 입력하세요.');
    expect(problemText({ kind: 'too_long', maximum: 40 }, 'en')).toBe('Use at most 40 characters.');
    expect(problemText({ kind: 'server', texts: { ko: '가', en: 'A' } }, 'ko')).toBe('가');
  });
});

describe('the request form', () => {
  it('checks the draft by field key, roles in signing order, required pre-inputs only', () => {
    const draft = emptyDraft(template, 1);
    const problems = checkDraft(
      template,
      {
        ...draft,
        title: '',
        customKey: 'x'.repeat(41),
        expires: '2020-01-01',
        roles: {
          발주사: { name: '김', send: 'EMAIL', email: 'kim@example.com', phone: '' },
          수급사: { name: '', send: 'PHONE', email: '', phone: '1234' },
        },
      },
      '2026-12-07',
    );
    expect(problems).toEqual({
      title: { kind: 'required' },
      customKey: { kind: 'too_long', maximum: 40 },
      expires: { kind: 'past_date' },
      'role.1.name': { kind: 'required' },
      'role.1.address': { kind: 'format', format: 'phone' },
      'item.33': { kind: 'required' },
    });
  });

  it("maps the server's issue paths to the form's fields", () => {
    expect(fieldOfPath(template, 'input.title')).toBe('title');
    expect(fieldOfPath(template, 'input.contract.customKey')).toBe('customKey');
    expect(fieldOfPath(template, 'input.participants.1.input.phone')).toBe('role.1.address');
    expect(fieldOfPath(template, 'input.participants.0.input')).toBe('role.0.address');
    expect(fieldOfPath(template, 'input.participants.0.input.name')).toBe('role.0.name');
    expect(fieldOfPath(template, 'input.items.1.contents')).toBe('item.33');
    expect(fieldOfPath(template, 'input.option.skipSend')).toBeUndefined();
  });
});

describe("the server's problems", () => {
  it('stay on the fields still holding what was sent, and go from the ones changed since', () => {
    const sent = emptyDraft(template, 1);
    const now = {
      ...sent,
      title: 'changed',
      roles: { ...sent.roles, 수급사: { ...sent.roles.수급사, send: 'PHONE' } },
    };
    const problems = {
      title: { kind: 'required' },
      customKey: { kind: 'required' },
      'role.1.address': { kind: 'format', format: 'email' },
      'role.0.address': { kind: 'format', format: 'email' },
    } as const;
    expect(
      unchangedSince(
        problems,
        (field) => fieldValue(template, now as typeof sent, field),
        (field) => fieldValue(template, sent, field),
      ),
    ).toEqual({ customKey: { kind: 'required' }, 'role.0.address': { kind: 'format', format: 'email' } });
  });
});

describe('the customer form', () => {
  it('keeps to the documented limits: a name of 40 characters, a key of 40 letters, digits, - or _', () => {
    expect(checkCustomer({ title: 'x'.repeat(41), customKey: 'a b', ceo: '', address: '' })).toEqual({
      title: { kind: 'too_long', maximum: 40 },
      customKey: { kind: 'format', format: 'customerKey' },
    });
    expect(checkCustomer({ title: '한빛', customKey: '', ceo: '', address: '' })).toEqual({});
    expect(customerFieldOfPath('input.customKey')).toBe('customKey');
  });
});

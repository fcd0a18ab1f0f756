import { describe, expect, it } from 'vitest';
import { checkStartDraft, emptyStartDraft, type StartDraft, startInputOf } from './startDraft.js';

const hana = { name: '김하나', contact: 'hana@example.com' };
const duri = { name: '이두리', contact: '010-1234-5678' };
const filled: StartDraft = {
  title: '2026 근로계약',
  signers: [hana, duri],
  workplace: '서울 본사',
  wage: '',
};

describe('checkStartDraft', () => {
  it('asks for every field of an empty draft', () => {
    expect(checkStartDraft(emptyStartDraft)).toEqual({
      title: 'required',
      'signer:0:name': 'required',
      'signer:0:contact': 'required',
      'signer:1:name': 'required',
      'signer:1:contact': 'required',
    });
  });

  it('accepts an e-mail address and a mobile number as contacts', () => {
    expect(checkStartDraft(filled)).toEqual({});
    expect(checkStartDraft({ ...filled, signers: [duri, { name: '박', contact: '01098765432' }] })).toEqual({});
  });

  it('refuses the characters eSignon refuses in a title, and more than 128 of them', () => {
    expect(checkStartDraft({ ...filled, title: '계약서 v1.0' }).title).toBe('titleCharacters');
    expect(checkStartDraft({ ...filled, title: 'a'.repeat(129) }).title).toBe('titleTooLong');
    expect(checkStartDraft({ ...filled, title: 'a'.repeat(128) }).title).toBeUndefined();
  });

  it('refuses a contact that is neither an e-mail nor a Korean mobile number', () => {
    const draft = { ...filled, signers: [hana, { name: '이두리', contact: '02-123-4567' }] };
    expect(checkStartDraft(draft)).toEqual({ 'signer:1:contact': 'contact' });
  });
});

describe('startInputOf', () => {
  it('starts template 101 with the signers in order and only the prefill fields given', () => {
    expect(startInputOf(filled, 'ko-KR')).toEqual({
      templateId: '101',
      title: '2026 근로계약',
      signers: [
        { name: '김하나', contact: 'hana@example.com' },
        { name: '이두리', contact: '010-1234-5678' },
      ],
      fields: [{ name: '근무지', value: '서울 본사' }],
      language: 'ko-KR',
    });
  });
});

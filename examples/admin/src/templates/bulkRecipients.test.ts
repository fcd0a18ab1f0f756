import type { TemplateObject } from '@esign-kit/core';
import { describe, expect, it } from 'vitest';
import {
  parseRecipientsCsv,
  preInputObjects,
  type RecipientDraft,
  recipientIssues,
  toBulkItems,
} from './bulkRecipients.js';

const objects: TemplateObject[] = [
  { id: 13, type: 'TEXT', category: 'DEFAULT', name: '이름', description: null },
  { id: 14, type: 'CHECKBOX', category: 'INPUT', name: '동의', description: null },
  { id: 15, type: 'SIGNATURE', category: 'INPUT', name: '서명', description: null },
];
const row = (patch: Partial<RecipientDraft>): RecipientDraft => ({
  key: 1,
  title: '동의서',
  name: '김하늘',
  send: 'PHONE',
  contact: '010-1234-5678',
  values: {},
  ...patch,
});

describe('recipientIssues', () => {
  it('accepts a complete row', () => {
    expect(recipientIssues(row({}))).toEqual({});
    expect(recipientIssues(row({ send: 'EMAIL', contact: 'sky@example.com' }))).toEqual({});
  });

  it('names each wrong field', () => {
    expect(recipientIssues(row({ title: ' ', name: '', contact: '' }))).toEqual({
      title: 'required',
      name: 'required',
      contact: 'required',
    });
    expect(recipientIssues(row({ contact: '1234' }))).toEqual({ contact: 'phone' });
    expect(recipientIssues(row({ send: 'EMAIL', contact: 'sky@' }))).toEqual({ contact: 'email' });
    expect(recipientIssues(row({ title: 'x'.repeat(101) }))).toEqual({ title: 'tooLong' });
  });
});

describe('toBulkItems', () => {
  it('builds the operation rows with the pre-input values that were given', () => {
    const pre = preInputObjects(objects);
    expect(pre.map((object) => object.id)).toEqual([13]);
    expect(toBulkItems([row({ values: { 13: ' 김하늘 ' } })], pre)).toEqual([
      {
        title: '동의서',
        participant: { name: '김하늘', send: 'PHONE', phone: '010-1234-5678' },
        items: [{ id: 13, contents: '김하늘' }],
      },
    ]);
    expect(toBulkItems([row({ send: 'EMAIL', contact: 'sky@example.com' })], pre)[0]?.participant).toEqual({
      name: '김하늘',
      send: 'EMAIL',
      email: 'sky@example.com',
    });
  });
});

describe('parseRecipientsCsv', () => {
  it('reads rows, skips a header, takes quotes, and reports short lines', () => {
    let key = 0;
    const { rows, problems } = parseRecipientsCsv(
      'title,name,contact,이름\n"동의서, 1차",김하늘,sky@example.com,김하늘\n\n동의서,오지훈,010-2222-3333\n틀린 줄',
      preInputObjects(objects),
      () => ++key,
    );
    expect(rows).toEqual([
      {
        key: 1,
        title: '동의서, 1차',
        name: '김하늘',
        send: 'EMAIL',
        contact: 'sky@example.com',
        values: { 13: '김하늘' },
      },
      { key: 2, title: '동의서', name: '오지훈', send: 'PHONE', contact: '010-2222-3333', values: {} },
    ]);
    expect(problems).toEqual([{ line: 5, columns: 1 }]);
  });
});

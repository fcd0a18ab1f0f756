import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { esignonKoreanIssues } from '../esignon/issueTexts.js';
import {
  esignonCancelWorkflow,
  esignonDownloadUrl,
  esignonOperations,
  esignonStartWorkflow,
  esignonWorkflow,
} from '../esignon/server.js';
import type { AnyOperation } from '../operation.js';
import { validateInput } from '../schemas/validateInput.js';

const valid = {
  templateId: '101',
  title: '근로계약서 홍길동',
  signers: [
    { name: '홍길동', contact: 'gildong@example.com' },
    { name: '김대표', contact: '010-1234-5678' },
  ],
};

function issuesOf(input: unknown, operation: AnyOperation = esignonStartWorkflow) {
  const result = validateInput(operation, input);
  return result.ok ? [] : result.issues;
}

function issueAt(input: unknown, path: string) {
  return issuesOf(input).find((issue) => issue.path === path);
}

describe('esignonStartWorkflow input', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // 2026-03-01 23:30 UTC is already 2026-03-02 in Korea.
    vi.setSystemTime(new Date('2026-03-01T23:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('should accept every operation example', () => {
    for (const operation of esignonOperations) {
      expect(validateInput(operation, operation.example?.input), operation.id).toMatchObject({ ok: true });
    }
  });

  it('should accept a full input: CC, fields, expiry, language, comment, passwords', () => {
    expect(
      issuesOf({
        ...valid,
        signers: [
          {
            name: '홍길동',
            contact: '01012345678',
            mobileNumber: '010-1234-5678',
            password: 'abc123!',
            passwordHint: '생일',
          },
        ],
        cc: [{ name: '인사팀', contact: 'hr@example.com' }],
        fields: [
          { name: '근무지', value: '서울' },
          { name: '동의', value: 'Y' },
        ],
        expiresOn: '2026-03-02',
        language: 'en-US',
        comment: 'x'.repeat(250),
      }),
    ).toEqual([]);
  });

  it.each(["'", '"', '\\', '/', ':', '|', '<', '>', '.', '?'])('should refuse %s in the title', (character) => {
    expect(issueAt({ ...valid, title: `계약${character}서` }, 'title')?.message).toBe(
      'A title may not contain \' " \\ / : | < > . or ?.',
    );
  });

  it('should hold the title to 1–128 characters', () => {
    expect(issuesOf({ ...valid, title: 'x'.repeat(128) })).toEqual([]);
    expect(issueAt({ ...valid, title: 'x'.repeat(129) }, 'title')).toMatchObject({ code: 'too_long', maximum: 128 });
    expect(issueAt({ ...valid, title: '' }, 'title')).toMatchObject({ code: 'required' });
  });

  it('should hold the comment to 250 characters', () => {
    expect(issueAt({ ...valid, comment: 'x'.repeat(251) }, 'comment')).toMatchObject({
      code: 'too_long',
      maximum: 250,
    });
  });

  it('should take an e-mail address or a Korean mobile number as contact, nothing else', () => {
    for (const contact of ['a@example.com', '010-1234-5678', '01012345678', '011-123-4567']) {
      expect(issuesOf({ ...valid, signers: [{ name: '홍길동', contact }] }), contact).toEqual([]);
    }
    for (const contact of ['홍길동', '02-123-4567', 'a@b', '+82 10 1234 5678', '']) {
      expect(issueAt({ ...valid, signers: [{ name: '홍길동', contact }] }, 'signers.0.contact'), contact).toBeDefined();
    }
    expect(issueAt({ ...valid, cc: [{ name: '인사팀', contact: 'nobody' }] }, 'cc.0.contact')).toBeDefined();
  });

  it('should check the document password: 4–15 characters, no Korean, no quotes; a hint of ≤ 50 needs it', () => {
    const withSigner = (signer: object) => ({
      ...valid,
      signers: [{ name: '홍길동', contact: 'a@example.com', ...signer }],
    });
    expect(issueAt(withSigner({ password: 'abc' }), 'signers.0.password')).toMatchObject({
      code: 'too_short',
      minimum: 4,
    });
    expect(issueAt(withSigner({ password: 'x'.repeat(16) }), 'signers.0.password')).toMatchObject({ code: 'too_long' });
    expect(issueAt(withSigner({ password: '비밀번호12' }), 'signers.0.password')?.message).toBe(
      'A document password may not contain Korean letters or quotes.',
    );
    expect(issueAt(withSigner({ password: "ab'cd" }), 'signers.0.password')).toBeDefined();
    expect(
      issueAt(withSigner({ password: 'abcd', passwordHint: 'x'.repeat(51) }), 'signers.0.passwordHint'),
    ).toMatchObject({
      code: 'too_long',
      maximum: 50,
    });
    expect(issueAt(withSigner({ passwordHint: '생일' }), 'signers.0.passwordHint')?.message).toBe(
      'A password hint needs a password.',
    );
  });

  it('should take the expiry as YYYY-MM-DD, not before today in Korea', () => {
    expect(issuesOf({ ...valid, expiresOn: '2026-03-02' })).toEqual([]);
    expect(issueAt({ ...valid, expiresOn: '2026-03-01' }, 'expiresOn')?.message).toBe(
      'The expiry date must not be in the past.',
    );
    expect(issueAt({ ...valid, expiresOn: '2026/03/05' }, 'expiresOn')).toMatchObject({
      code: 'format',
      format: 'date',
    });
    expect(issueAt({ ...valid, expiresOn: '2026-02-30' }, 'expiresOn')).toMatchObject({ code: 'format' });
  });

  it('should refuse no signers, a field given twice, a picture over 1 MB, an unknown language or field', () => {
    expect(issueAt({ ...valid, signers: [] }, 'signers')?.message).toBe('Pass at least one signer.');
    expect(
      issueAt(
        {
          ...valid,
          fields: [
            { name: '시급', value: '1' },
            { name: '시급', value: '2' },
          ],
        },
        'fields',
      )?.message,
    ).toBe('Each field may be given once.');
    expect(
      issueAt({ ...valid, fields: [{ name: '사진', value: 'A'.repeat(1_398_105) }] }, 'fields.0.value'),
    ).toMatchObject({
      code: 'too_long',
    });
    expect(issueAt({ ...valid, language: 'ko' }, 'language')).toMatchObject({ code: 'invalid_value' });
    expect(issuesOf({ ...valid, playUrl: 'https://x' })).toMatchObject([{ code: 'unknown_field' }]);
  });

  it('should have Korean for every sentence its checks set', () => {
    const sentences = new Set<string>();
    const inputs = [
      { ...valid, title: 'a.b' },
      { ...valid, signers: [] },
      { ...valid, signers: [{ name: 'a', contact: 'x', mobileNumber: '1', password: '한글12', passwordHint: 'h' }] },
      { ...valid, signers: [{ name: 'a', contact: 'a@example.com', passwordHint: 'h' }] },
      {
        ...valid,
        fields: [
          { name: 'a', value: '' },
          { name: 'a', value: '' },
        ],
        expiresOn: '2020-01-01',
        templateId: '/',
      },
    ];
    for (const input of inputs) for (const issue of issuesOf(input)) sentences.add(issue.message);
    sentences.add(issuesOf({ workflowId: '../x' }, esignonWorkflow)[0]?.message ?? '');
    const custom = [...sentences].filter(
      (sentence) => !/^(Must (be|not be) |Required)/.test(sentence) || sentence.includes('Korean'),
    );
    expect(custom.length).toBeGreaterThanOrEqual(9);
    expect(custom.filter((sentence) => !(sentence in esignonKoreanIssues))).toEqual([]);
  });
});

describe('the workflow id inputs', () => {
  it('should take one safe path segment and refuse anything else', () => {
    for (const operation of [esignonWorkflow, esignonCancelWorkflow]) {
      expect(validateInput(operation, { workflowId: '12584' })).toMatchObject({ ok: true });
      for (const workflowId of ['', '../admin', '12 84', 'x'.repeat(65), 12584]) {
        expect(validateInput(operation, { workflowId }), String(workflowId)).toMatchObject({ ok: false });
      }
    }
  });

  it('should default the download to the signed document and refuse other documents', () => {
    expect(validateInput(esignonDownloadUrl, { workflowId: '1' })).toEqual({
      ok: true,
      value: { workflowId: '1', document: 'signed' },
    });
    expect(validateInput(esignonDownloadUrl, { workflowId: '1', document: 'audit' })).toMatchObject({ ok: false });
  });
});

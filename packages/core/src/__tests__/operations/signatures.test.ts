import { describe, expect, it } from 'vitest';
import { cancelSignature, listSignatures, participantLink, signatureUsage } from '../../operations/signatures/index.js';
import { referenceParticipantUuid, referenceSignatureUuid } from '../fixtures.js';
import { referenceFacilitatorUuid, signatureExamples } from './fixtures/signatures.js';
import { describeReferenceExamples, describeRejections, issuesOf } from './helpers.js';

describeReferenceExamples(signatureExamples);

describe('signature inputs', () => {
  it('takes exactly one of participantUuid or facilitatorUuid for a signing link', () => {
    const message = 'Pass exactly one of `participantUuid` or `facilitatorUuid`.';
    const signatureUuid = referenceSignatureUuid;
    expect(issuesOf(participantLink, { signatureUuid, facilitatorUuid: referenceFacilitatorUuid })).toEqual([]);
    expect(issuesOf(participantLink, { signatureUuid })).toEqual([{ path: '', message, code: 'custom' }]);
    expect(
      issuesOf(participantLink, {
        signatureUuid,
        participantUuid: referenceParticipantUuid,
        facilitatorUuid: referenceFacilitatorUuid,
      }),
    ).toEqual([{ path: '', message, code: 'custom' }]);
  });

  describeRejections([
    [
      'a facilitator uuid that is not a uuid',
      participantLink,
      { signatureUuid: referenceSignatureUuid, facilitatorUuid: 'facilitator-1' },
      { path: 'facilitatorUuid', message: 'Must be a valid uuid.' },
    ],
    ['a page size of 0', listSignatures, { limit: 0 }, { path: 'limit', message: 'Must be at least 1.' }],
    ['a fractional offset', listSignatures, { offset: 1.5 }, { path: 'offset', message: 'Expected int.' }],
    [
      'a date that is not ISO',
      signatureUsage,
      { createdAtBefore: '19/11/2024' },
      { path: 'createdAtBefore', message: 'Must be a valid ISO date-time.' },
    ],
    [
      'a body field on cancel (it has none)',
      cancelSignature,
      { signatureUuid: referenceSignatureUuid, reason: 'duplicate' },
      { path: '', message: 'Unknown field(s): reason.' },
    ],
  ]);
});

describe('signature data', () => {
  it('keeps the vendor naming: rows in data.data, a link in link', () => {
    expect(listSignatures.data.safeParse({ total: 0, contracts: [] }).success).toBe(false);
    expect(participantLink.data.safeParse({ url: 'https://www.prix.im/...' }).success).toBe(false);
  });

  it('reads a cancel response whose status Prix spells otherwise, not one without status', () => {
    const data = {
      uuid: referenceSignatureUuid,
      title: '솔루션 공급 계약서',
      expiredDate: '2024-12-20T15:00:00.000Z',
      status: 'CANCELLED',
      createdAt: '2024-10-15T00:00:00.000Z',
    };
    expect(cancelSignature.data.safeParse(data).success).toBe(true);
    expect(cancelSignature.data.safeParse({ ...data, status: undefined }).success).toBe(false);
  });

  it('rejects usage counts that are missing a status', () => {
    expect(signatureUsage.data.safeParse({ total: 1, created: 0, done: 1, waiting: 0 }).success).toBe(false);
  });
});

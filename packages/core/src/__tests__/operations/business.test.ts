import { describe, expect, it } from 'vitest';
import {
  createBusiness,
  creditStatus,
  listCreditUsages,
  listManagedBusinesses,
  updateBusiness,
} from '../../operations/business/index.js';
import { businessExamples, referenceCreditUsage } from './fixtures/business.js';
import { describeReferenceExamples, describeRejections, issuesOf } from './helpers.js';

describeReferenceExamples(businessExamples);

const user = { email: 'owner@example.com', password: 'secret1234' };
const profile = { name: '프릭스 컴퍼니' };

describe('business inputs', () => {
  it('updates the profile and the configuration independently', () => {
    expect(issuesOf(updateBusiness, { input: { profile } })).toEqual([]);
    expect(issuesOf(updateBusiness, { input: { configuration: { customerCustomName: '거래처' } } })).toEqual([]);
  });

  it.each(['1234567890', '123-12-12345', '123456789012345'])('accepts the registration number %s', (number) => {
    expect(issuesOf(createBusiness, { input: { user, profile: { ...profile, registrationNumber: number } } })).toEqual(
      [],
    );
  });

  describeRejections([
    [
      'an empty update',
      updateBusiness,
      { input: {} },
      { path: 'input', message: 'Pass `profile`, `configuration` or both.' },
    ],
    [
      'a profile without its name',
      updateBusiness,
      { input: { profile: { ceo: '홍길동' } } },
      { path: 'input.profile.name', message: 'Required.' },
    ],
    [
      'the older revision’s field name customConfig on update',
      updateBusiness,
      { input: { profile, customConfig: { customerCustomName: '매장' } } },
      { path: 'input', message: 'Unknown field(s): customConfig.' },
    ],
    [
      'a registration number with letters',
      updateBusiness,
      { input: { profile: { ...profile, registrationNumber: '123-AB-12345' } } },
      {
        path: 'input.profile.registrationNumber',
        message: 'A registration number is 10 digits (foreign companies up to 15), hyphens allowed: 123-12-12345.',
      },
    ],
    [
      'a registration number of 9 digits',
      createBusiness,
      { input: { user, profile: { ...profile, registrationNumber: '123-12-1234' } } },
      {
        path: 'input.profile.registrationNumber',
        message: 'A registration number is 10 digits (foreign companies up to 15), hyphens allowed: 123-12-12345.',
      },
    ],
    [
      'a password without digits',
      createBusiness,
      { input: { user: { ...user, password: 'secretsecret' }, profile } },
      { path: 'input.user.password', message: 'A password needs at least 8 characters, with both letters and digits.' },
    ],
    [
      'a password of 7 characters',
      createBusiness,
      { input: { user: { ...user, password: 'abc1234' }, profile } },
      { path: 'input.user.password', message: 'A password needs at least 8 characters, with both letters and digits.' },
    ],
    [
      'a user e-mail that is not one',
      createBusiness,
      { input: { user: { ...user, email: 'owner' }, profile } },
      { path: 'input.user.email', message: 'Must be a valid e-mail address.' },
    ],
    [
      'a new business without profile',
      createBusiness,
      { input: { user } },
      { path: 'input.profile', message: 'Required.' },
    ],
    ['a page size over 100', listManagedBusinesses, { limit: 500 }, { path: 'limit', message: 'Must be at most 100.' }],
    [
      'a credit history date that is not ISO',
      listCreditUsages,
      { createdAtAfter: 'yesterday' },
      { path: 'createdAtAfter', message: 'Must be a valid ISO date-time.' },
    ],
    ['a filter on the credit status', creditStatus, { year: 2024 }, { path: '', message: 'Unknown field(s): year.' }],
  ]);
});

describe('business data', () => {
  it('keeps credit-usage cases, roles and languages open (examples only)', () => {
    const usage = referenceCreditUsage;
    const other = { ...usage, case: 'KAKAO_NOTIFICATION', user: { ...usage.user, role: 'ADMIN', language: 'ENGLISH' } };
    expect(listCreditUsages.data.safeParse({ total: 1, creditUsages: [other] }).success).toBe(true);
  });

  it('rejects a created business without its API key', () => {
    expect(createBusiness.data.safeParse({ uuid: 'a0c7a1de-6f0e-4d7f-9a59-2b1d0b3c4e5f' }).success).toBe(false);
  });
});

import {
  createBusiness,
  creditStatus,
  findContract,
  listCreditUsages,
  listManagedBusinesses,
  updateBusiness,
} from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { callKit, readFailure, request, requestError } from './helpers.js';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => new Date('2026-03-15T12:00:00.000Z') });
});

describe('PATCH business', () => {
  it('changes the profile fields given and the settings, keeping the rest', async () => {
    const data = await request(sandbox, updateBusiness, {
      input: { profile: { name: '프릭스 주식회사', ceo: '김대표' }, configuration: { customerCustomName: '매장' } },
    });

    expect(data).toEqual({
      profile: {
        name: '프릭스 주식회사',
        registrationNumber: '123-12-12345',
        ceo: '김대표',
        address: '서울시 강남구 선릉로 551',
      },
      configuration: { customerCustomName: '매장' },
    });
    expect(sandbox.state.business.profile.name).toBe('프릭스 주식회사');
  });

  it.each([
    ['without a name', { profile: { ceo: '김대표' } }],
    ['with an empty name', { profile: { name: '' } }],
  ])('answers 400 MISSING_PROFILE_NAME for a profile %s', async (_, input) => {
    const response = await callKit(sandbox, 'business', { method: 'PATCH', body: { input } });

    expect(response.status).toBe(400);
    expect(await readFailure(response)).toEqual({
      ok: false,
      errorCode: 'MISSING_PROFILE_NAME',
      message: '비즈니스 이름이 없습니다.',
    });
  });

  it('answers 404 NOT_FOUND_CONFIGURATION for settings of a business without a configuration record', async () => {
    Object.assign(sandbox.state.business, { configuration: null });

    expect(
      await requestError(sandbox, updateBusiness, { input: { configuration: { customerCustomName: '매장' } } }),
    ).toEqual([404, 'NOT_FOUND_CONFIGURATION']);
    const profileOnly = await request(sandbox, updateBusiness, { input: { profile: { name: '프릭스' } } });
    expect(profileOnly.configuration).toEqual({ customerCustomName: null });
  });
});

describe('platform businesses (server-only operations)', () => {
  const input = { user: { email: 'owner@abc.example', password: 'secret1234' }, profile: { name: 'ABC컴퍼니' } };

  it('creates a business with a new uuid and key, which the managed list then shows', async () => {
    const created = await request(sandbox, createBusiness, { input });
    const other = await request(sandbox, createBusiness, {
      input: { ...input, user: { ...input.user, email: 'two@abc.example' } },
    });

    expect(created.apiKey).toMatch(/^sk_sandbox_[A-Za-z0-9_-]+$/);
    expect(other.apiKey).not.toBe(created.apiKey);
    expect(other.uuid).not.toBe(created.uuid);
    const { total, businessList } = await request(sandbox, listManagedBusinesses, { limit: 100 });
    expect(total).toBe(3);
    expect(businessList[1]).toEqual({
      uuid: created.uuid,
      name: 'ABC컴퍼니',
      registrationNumber: null,
      ceo: null,
      address: null,
      createdAt: '2026-03-15T12:00:00.000Z',
      apiKey: created.apiKey,
      customerCustomName: null,
      users: [{ name: 'owner', email: 'owner@abc.example' }],
    });
    expect(JSON.stringify(sandbox.state)).not.toContain('secret1234');
  });

  it('pages the managed list', async () => {
    await request(sandbox, createBusiness, { input });

    expect(await request(sandbox, listManagedBusinesses, { limit: 1, offset: 1 })).toMatchObject({
      total: 2,
      businessList: [{ name: 'ABC컴퍼니' }],
    });
  });

  it('refuses a user e-mail already used, and accepts only its own key (not the new ones)', async () => {
    const { apiKey } = await request(sandbox, createBusiness, { input });

    expect(await requestError(sandbox, createBusiness, { input })).toEqual([400, 'SANDBOX_INVALID_REQUEST']);
    const response = await callKit(sandbox, 'contracts/find?customKey=a4-k1234', { apiKey });
    expect(response.status).toBe(401);
    expect((await request(sandbox, findContract, { customKey: 'a4-k1234' })).contract.title).toBe('A컴퍼니 MOU');
  });
});

describe('credits', () => {
  it('reports the balance, with the renewal on the first of next month by the sandbox clock', async () => {
    expect(await request(sandbox, creditStatus, {})).toEqual({
      renewalDate: '2026-04-01T00:00:00.000Z',
      credit: { defaultCount: 30, remainingDefaultCount: 27, paidCreditCount: 100, remainingCount: 127 },
    });
  });

  it('lists usages newest first, by date range, paged', async () => {
    const all = await request(sandbox, listCreditUsages, {});
    expect(all.total).toBe(3);
    expect(all.creditUsages.map((usage) => usage.id)).toEqual([3, 2, 1]);
    expect(all.creditUsages[0]?.user).toMatchObject({ id: 1, role: 'USER', language: 'KOREAN' });

    const ranged = await request(sandbox, listCreditUsages, {
      createdAtAfter: '2025-02-01T00:00:00.000Z',
      limit: 1,
      offset: 1,
    });
    expect(ranged).toMatchObject({ total: 2, creditUsages: [{ id: 2, case: 'TAX_BILL' }] });
  });
});

import {
  createCustomer,
  deleteCustomer,
  findContract,
  getCustomer,
  listCustomers,
  updateCustomer,
} from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { request, requestError } from './helpers.js';

const { partner, hanbit, abc } = seedIds.customers;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox();
});

describe('customers', () => {
  it('creates a customer with the next id, returned and listed the same way', async () => {
    const created = await request(sandbox, createCustomer, {
      input: { title: '새 고객사', customKey: 'NEW_001', managers: [{ name: '김담당', roles: ['CONTRACT'] }] },
    });

    expect(created).toEqual({
      id: 6,
      title: '새 고객사',
      customKey: 'NEW_001',
      managers: [{ name: '김담당', email: '', position: '', note: '', contact: '', roles: ['CONTRACT'] }],
    });
    expect(await request(sandbox, getCustomer, { customerId: 6 })).toEqual(created);
    expect(await request(sandbox, listCustomers, { customKey: 'NEW_001' })).toEqual({ total: 1, customers: [created] });
  });

  it('leaves optional fields out instead of printing them empty', async () => {
    const customer = await request(sandbox, getCustomer, { customerId: seedIds.customers.seoulLogistics });

    expect(customer).toEqual({ id: 3, title: '서울물류㈜', customKey: null });
  });

  it.each([
    ['title', { title: '㈜한빛소프트' }],
    ['customKey', { title: '다른 이름', customKey: 'HANBIT-001' }],
  ])('answers 409 ALREADY_CUSTOMER_EXISTS for a %s already used', async (_, input) => {
    expect(await requestError(sandbox, createCustomer, { input })).toEqual([409, 'ALREADY_CUSTOMER_EXISTS']);
    expect(sandbox.state.customers).toHaveLength(5);
  });

  it.each(['has space', 'k'.repeat(41), '한글키'])(
    'answers 400 INVALID_CUSTOMER_CUSTOM_KEY for %j',
    async (customKey) => {
      expect(await requestError(sandbox, createCustomer, { input: { title: '새 고객', customKey } })).toEqual([
        400,
        'INVALID_CUSTOMER_CUSTOM_KEY',
      ]);
      expect(await requestError(sandbox, listCustomers, { customKey })).toEqual([400, 'INVALID_CUSTOMER_CUSTOM_KEY']);
    },
  );

  it('updates the given fields only, and contracts show the new title', async () => {
    const updated = await request(sandbox, updateCustomer, {
      customerId: partner,
      input: { title: '파트너 고객사 (변경)', ceo: '김대표' },
    });

    expect(updated).toMatchObject({
      id: partner,
      title: '파트너 고객사 (변경)',
      ceo: '김대표',
      customKey: 'A5-k159402',
    });
    expect(updated.registrationNumber).toBe('123-12-12345');
    const { contract } = await request(sandbox, findContract, { uuid: seedIds.mou.contractUuid });
    expect(contract.customers).toEqual([{ id: partner, title: '파트너 고객사 (변경)', customKey: 'A5-k159402' }]);
  });

  it('lets a customer keep its own title and key, but not take another one’s', async () => {
    expect(
      await request(sandbox, updateCustomer, { customerId: hanbit, input: { title: '㈜한빛소프트' } }),
    ).toMatchObject({ id: hanbit });
    expect(
      await requestError(sandbox, updateCustomer, { customerId: hanbit, input: { customKey: 'A5-k159402' } }),
    ).toEqual([409, 'ALREADY_CUSTOMER_EXISTS']);
  });

  it('deletes a customer, answers it, and unlinks it from its contracts', async () => {
    const deleted = await request(sandbox, deleteCustomer, { customerId: hanbit });

    expect(deleted).toMatchObject({ id: hanbit, title: '㈜한빛소프트' });
    expect(await requestError(sandbox, getCustomer, { customerId: hanbit })).toEqual([404, 'NOT_FOUND_CUSTOMER']);
    const { contract } = await request(sandbox, findContract, { uuid: seedIds.concluded.contractUuid });
    expect(contract.customers).toEqual([]);
    // Ids are not reused: the next customer gets a new one.
    expect((await request(sandbox, createCustomer, { input: { title: '㈜한빛소프트' } })).id).toBe(6);
  });

  it.each([
    ['get', () => requestError(sandbox, getCustomer, { customerId: 999 })],
    ['update', () => requestError(sandbox, updateCustomer, { customerId: 999, input: { title: 'x' } })],
    ['delete', () => requestError(sandbox, deleteCustomer, { customerId: 999 })],
    ['list by customKey', () => requestError(sandbox, listCustomers, { customKey: 'NO-SUCH-KEY' })],
  ])('answers 404 NOT_FOUND_CUSTOMER on %s of an unknown customer', async (_, call) => {
    expect(await call()).toEqual([404, 'NOT_FOUND_CUSTOMER']);
  });

  it('pages the list, oldest first, total counting all', async () => {
    const page = await request(sandbox, listCustomers, { limit: 2, offset: 3 });

    expect(page.total).toBe(5);
    expect(page.customers.map((customer) => customer.id)).toEqual([seedIds.customers.mono, abc]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  createCustomer,
  deleteCustomer,
  getCustomer,
  listCustomers,
  updateCustomer,
} from '../../operations/customers/index.js';
import { customerExamples, referenceCustomer } from './fixtures/customers.js';
import { describeReferenceExamples, describeRejections, issuesOf } from './helpers.js';

describeReferenceExamples(customerExamples);

describe('customer inputs', () => {
  it('accepts a title of 40 characters in any script, and a customKey of 40', () => {
    const input = { title: '가'.repeat(40), customKey: `A5-${'k'.repeat(37)}` };
    expect(issuesOf(createCustomer, { input })).toEqual([]);
  });

  describeRejections([
    ['a customer without title', createCustomer, { input: {} }, { path: 'input.title', message: 'Required.' }],
    [
      'a title over 40 characters',
      createCustomer,
      { input: { title: 'A'.repeat(41) } },
      { path: 'input.title', message: 'A customer title is at most 40 characters.' },
    ],
    [
      'a customKey with Korean letters',
      createCustomer,
      { input: { title: '파트너 고객사', customKey: '고객-1' } },
      { path: 'input.customKey', message: 'A customer customKey is 1 to 40 letters, digits, "-" or "_".' },
    ],
    [
      'an undocumented manager role',
      createCustomer,
      { input: { title: '파트너 고객사', managers: [{ name: '김프릭', roles: ['SALES'] }] } },
      { path: 'input.managers.0.roles.0', message: 'Must be one of "TAX_BILL", "SUB_TAX_BILL", "CONTRACT".' },
    ],
    [
      'a customer id given as text',
      getCustomer,
      { customerId: '1' },
      { path: 'customerId', message: 'Expected number.' },
    ],
    [
      'a customer id of 0',
      deleteCustomer,
      { customerId: 0 },
      { path: 'customerId', message: 'Must be a positive integer.' },
    ],
    [
      'a customKey over 40 characters in the lookup',
      listCustomers,
      { customKey: 'k'.repeat(41) },
      { path: 'customKey', message: 'A customer customKey is 1 to 40 letters, digits, "-" or "_".' },
    ],
    [
      'update fields outside the input wrapper',
      updateCustomer,
      { customerId: 1, title: '파트너 고객사' },
      { path: '', message: 'Unknown field(s): title.' },
    ],
    [
      'an empty title on update',
      updateCustomer,
      { customerId: 1, input: { title: '' } },
      { path: 'input.title', message: 'Must not be empty.' },
    ],
  ]);
});

describe('customer data', () => {
  it('accepts the bare customer of the older revision and drops unknown fields', () => {
    const parsed = getCustomer.data.safeParse({ id: 2, title: 'ABC컴퍼니', customKey: null, createdAt: 'x' });
    expect(parsed.success && parsed.data).toEqual({ id: 2, title: 'ABC컴퍼니', customKey: null });
  });

  it('reads a customKey that is missing or null (the reference leaves it open), not a missing title', () => {
    const { customKey: _, ...withoutKey } = referenceCustomer;
    expect(getCustomer.data.safeParse(withoutKey).success).toBe(true);
    expect(getCustomer.data.safeParse({ ...referenceCustomer, customKey: null }).success).toBe(true);
    const { title: __, ...withoutTitle } = referenceCustomer;
    expect(getCustomer.data.safeParse(withoutTitle).success).toBe(false);
  });
});

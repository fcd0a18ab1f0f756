import { createCustomer, deleteCustomer, getCustomer, listCustomers, updateCustomer } from '@esign-kit/core/server';
import {
  addCustomer,
  changeCustomer,
  queryCustomers,
  removeCustomer,
  requireCustomer,
  toCustomerView,
} from '../domain/customers.js';
import { seedIds } from '../seed/index.js';
import { answer, sandboxHandler } from './types.js';

// Customers (reference §6.3–§6.7). A malformed customKey is `400 INVALID_CUSTOMER_CUSTOM_KEY`
// (mapped from the input check, see `vendorValidation.ts`); a used title or key
// `409 ALREADY_CUSTOMER_EXISTS`; a missing customer `404 NOT_FOUND_CUSTOMER`.

/** `POST customers`: the created customer (the response is an inference: same shape as the detail). */
export const createCustomerHandler = sandboxHandler(createCustomer, {
  example: {
    input: {
      title: '새 고객사',
      customKey: 'NEW-001',
      ceo: '홍길동',
      registrationNumber: '123-12-12345',
      address: '서울시 강남구',
      industry: '정보통신업',
      category: '소프트웨어 개발',
      managers: [{ name: '김담당', email: 'kim@new.example', roles: ['CONTRACT', 'TAX_BILL'] }],
    },
  },
  handle: (input, { state }) => answer(addCustomer(state, input.input), toCustomerView),
});

/** `GET customers/{id}`. */
export const getCustomerHandler = sandboxHandler(getCustomer, {
  example: { customerId: seedIds.customers.partner },
  handle: (input, { state }) => answer(requireCustomer(state, input.customerId), toCustomerView),
});

/** `GET customers`: oldest first, paged, or the one customer with `customKey`. */
export const listCustomersHandler = sandboxHandler(listCustomers, {
  example: { customKey: 'A5-k159402' },
  handle: (input, { state }) =>
    answer(queryCustomers(state, input), ({ total, page }) => ({ total, customers: page.map(toCustomerView) })),
});

/** `PATCH customers/{id}`: the updated customer. */
export const updateCustomerHandler = sandboxHandler(updateCustomer, {
  example: { customerId: seedIds.customers.partner, input: { title: '파트너 고객사 (변경)', ceo: '김대표' } },
  handle: (input, { state }) => answer(changeCustomer(state, input.customerId, input.input), toCustomerView),
});

/** `DELETE customers/{id}`: the deleted customer, now unlinked from every contract. */
export const deleteCustomerHandler = sandboxHandler(deleteCustomer, {
  example: { customerId: seedIds.customers.abc },
  handle: (input, { state }) => answer(removeCustomer(state, input.customerId), toCustomerView),
});

import type {
  createCustomer,
  deleteCustomer,
  getCustomer,
  listCustomers,
  updateCustomer,
} from '@esign-kit/core/server';
import {
  addCustomer,
  changeCustomer,
  queryCustomers,
  removeCustomer,
  requireCustomer,
  toCustomerView,
} from '../domain/customers.js';
import { answer, type SandboxHandler } from './types.js';

// Customers (reference §6.3–§6.7). A malformed customKey is `400 INVALID_CUSTOMER_CUSTOM_KEY`
// (mapped from the input check, see `vendorValidation.ts`); a used title or key
// `409 ALREADY_CUSTOMER_EXISTS`; a missing customer `404 NOT_FOUND_CUSTOMER`.

/** `POST customers`: the created customer (the response is an inference: same shape as the detail). */
export const createCustomerHandler: SandboxHandler<typeof createCustomer> = (input, { state }) =>
  answer(addCustomer(state, input.input), toCustomerView);

/** `GET customers/{id}`. */
export const getCustomerHandler: SandboxHandler<typeof getCustomer> = (input, { state }) =>
  answer(requireCustomer(state, input.customerId), toCustomerView);

/** `GET customers`: oldest first, paged, or the one customer with `customKey`. */
export const listCustomersHandler: SandboxHandler<typeof listCustomers> = (input, { state }) =>
  answer(queryCustomers(state, input), ({ total, page }) => ({ total, customers: page.map(toCustomerView) }));

/** `PATCH customers/{id}`: the updated customer. */
export const updateCustomerHandler: SandboxHandler<typeof updateCustomer> = (input, { state }) =>
  answer(changeCustomer(state, input.customerId, input.input), toCustomerView);

/** `DELETE customers/{id}`: the deleted customer, now unlinked from every contract. */
export const deleteCustomerHandler: SandboxHandler<typeof deleteCustomer> = (input, { state }) =>
  answer(removeCustomer(state, input.customerId), toCustomerView);

import type { Customer, CustomerManager, OperationParsedInput } from '@esign-kit/core';
import type { createCustomer, listCustomers } from '@esign-kit/core/server';
import type { SandboxState } from '../state/index.js';
import type { SandboxCustomer } from '../state/model.js';
import { prixError } from '../vendorErrors.js';
import { nextId } from './ids.js';
import { paginate } from './lists.js';
import { type Outcome, ok } from './outcome.js';

/** The fields of a customer in a create body (update bodies take the same, all optional). */
export type CustomerFields = OperationParsedInput<typeof createCustomer>['input'];
type ListCustomersInput = OperationParsedInput<typeof listCustomers>;

/** The customKey rule of the reference (§1.4): 1–40 letters, digits, `-` or `_`. */
const customKeyRule = /^[A-Za-z0-9_-]{1,40}$/;

/** Whether `key` follows the customKey rule Prix documents for customers. */
export function isValidCustomKey(key: string): boolean {
  return customKeyRule.test(key);
}

/** A customer by id, or `NOT_FOUND_CUSTOMER`. */
export function requireCustomer(state: SandboxState, id: number): Outcome<SandboxCustomer> {
  const customer = state.customers.find((candidate) => candidate.id === id);
  return customer ? ok(customer) : prixError('NOT_FOUND_CUSTOMER');
}

/**
 * A customer picked by `id` or `customKey`, or `NOT_FOUND_CUSTOMER`. The reference's examples
 * pass both at once without saying which wins; the sandbox uses the `id` then.
 */
export function resolveCustomerRef(
  state: SandboxState,
  ref: { readonly id?: number | undefined; readonly customKey?: string | undefined },
): Outcome<SandboxCustomer> {
  if (ref.id !== undefined) return requireCustomer(state, ref.id);
  if (ref.customKey !== undefined && !isValidCustomKey(ref.customKey)) return prixError('INVALID_CUSTOMER_CUSTOM_KEY');
  const customer = state.customers.find((candidate) => candidate.customKey === ref.customKey);
  return customer ? ok(customer) : prixError('NOT_FOUND_CUSTOMER');
}

/** A customer as the customer endpoints print it: optional fields left out when unset. */
export function toCustomerView(customer: SandboxCustomer): Customer {
  const { id, title, customKey, ...optional } = customer;
  const view: Customer = { id, title, customKey };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(view, { [key]: structuredClone(value) });
  }
  return view;
}

/**
 * Checks that no other customer uses `title` or `customKey` (both unique within the business,
 * reference §6.3): `ALREADY_CUSTOMER_EXISTS` (409) otherwise.
 */
export function checkCustomerUnique(
  state: SandboxState,
  fields: { readonly title?: string | undefined; readonly customKey?: string | null | undefined },
  exceptId?: number,
): Outcome<void> {
  const clash = state.customers.some(
    (other) =>
      other.id !== exceptId &&
      ((fields.title !== undefined && other.title === fields.title) ||
        (fields.customKey != null && other.customKey === fields.customKey)),
  );
  return clash ? prixError('ALREADY_CUSTOMER_EXISTS') : ok(undefined);
}

/**
 * Creates a customer. The create page's error table was not readable; the sandbox answers
 * `409 ALREADY_CUSTOMER_EXISTS` for a used title or key, as the update page documents.
 */
export function addCustomer(state: SandboxState, fields: CustomerFields): Outcome<SandboxCustomer> {
  const unique = checkCustomerUnique(state, fields);
  if (!unique.ok) return unique;
  const { title, customKey, managers, ...rest } = fields;
  const customer: SandboxCustomer = { id: nextId(state, 'customer'), title, customKey: customKey ?? null };
  assignDefined(customer, rest);
  if (managers) customer.managers = managers.map(toManager);
  state.customers.push(customer);
  return ok(customer);
}

/**
 * Changes the given fields of a customer. `managers`, when sent, replaces the list (the
 * reference does not say whether it replaces or merges).
 */
export function changeCustomer(
  state: SandboxState,
  id: number,
  fields: Partial<CustomerFields>,
): Outcome<SandboxCustomer> {
  const found = requireCustomer(state, id);
  if (!found.ok) return found;
  const unique = checkCustomerUnique(state, fields, id);
  if (!unique.ok) return unique;
  const { managers, ...rest } = fields;
  assignDefined(found.value, rest);
  if (managers) found.value.managers = managers.map(toManager);
  return found;
}

/**
 * Deletes a customer and unlinks it from every contract (so `hasNoCustomer` then finds the
 * contracts it was the only customer of).
 */
export function removeCustomer(state: SandboxState, id: number): Outcome<SandboxCustomer> {
  const found = requireCustomer(state, id);
  if (!found.ok) return found;
  state.customers.splice(state.customers.indexOf(found.value), 1);
  for (const contract of state.contracts) {
    contract.customerIds = contract.customerIds.filter((customerId) => customerId !== id);
  }
  return found;
}

/**
 * The customer list, oldest first, or the one customer with `customKey`. An unknown key answers
 * `404 NOT_FOUND_CUSTOMER` (the page documents that code for this "single-customer lookup").
 */
export function queryCustomers(
  state: SandboxState,
  input: ListCustomersInput,
): Outcome<{ total: number; page: SandboxCustomer[] }> {
  if (input.customKey === undefined) return ok(paginate(state.customers, input));
  const customer = state.customers.find((candidate) => candidate.customKey === input.customKey);
  return customer ? ok(paginate([customer], input)) : prixError('NOT_FOUND_CUSTOMER');
}

/** Customers linked to a contract as `find` prints them; ids of deleted customers are skipped. */
export function linkedCustomers(
  state: SandboxState,
  ids: readonly number[],
): { id: number; title: string; customKey: string | null }[] {
  return ids.flatMap((id) => {
    const customer = state.customers.find((candidate) => candidate.id === id);
    return customer ? [{ id: customer.id, title: customer.title, customKey: customer.customKey }] : [];
  });
}

type ManagerInput = NonNullable<CustomerFields['managers']>[number];

/** A manager as Prix prints it: every field is a string, so unset ones are empty. */
function toManager(input: ManagerInput): CustomerManager {
  return {
    name: input.name ?? '',
    email: input.email ?? '',
    position: input.position ?? '',
    note: input.note ?? '',
    contact: input.contact ?? '',
    roles: input.roles ?? [],
  };
}

function assignDefined(target: object, fields: object): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(target, { [key]: value });
  }
}

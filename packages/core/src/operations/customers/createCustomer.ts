import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { customerFieldsShape, customerSchema, customerTitleSchema } from './schemas.js';

const createCustomerInputSchema = z.strictObject({
  input: z.strictObject({
    /** Name, at most 40 characters, unique within the business. */
    title: customerTitleSchema,
    ...customerFieldsShape,
  }),
});

export type CreateCustomerInput = z.input<typeof createCustomerInputSchema>;
// The response was not readable: the created customer (as `getCustomer` returns it) is an
// inference (reference §6.3).
export const createCustomerDataSchema = customerSchema;
export type CreateCustomerData = z.infer<typeof createCustomerDataSchema>;

/**
 * Create a customer (a counterparty record) in the business of the API key.
 *
 * `POST kit-api/v1/customers` (reference §6.3; request table readable up to `address`, the rest
 * from the example). The error table was not readable, so `errors` is empty; the reference
 * guesses `ALREADY_CUSTOMER_EXISTS` and `INVALID_CUSTOMER_CUSTOM_KEY` from sibling pages.
 *
 * @example
 * ```ts
 * const customer = await client.request(createCustomer, {
 *   input: { title: 'ABC컴퍼니', customKey: 'A5-k159402', registrationNumber: '123-12-12345' },
 * })
 * ```
 */
export const createCustomer = defineOperation({
  id: 'customers.create',
  method: 'POST',
  path: 'customers',
  kind: 'mutation',
  summary: 'Create a customer.',
  reference: { section: '6.3', page: 'platform/create-customer' },
  input: createCustomerInputSchema,
  data: createCustomerDataSchema,
});

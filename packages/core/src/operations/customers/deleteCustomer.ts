import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { customerIdSchema, customerSchema } from './schemas.js';

const deleteCustomerInputSchema = z.strictObject({
  /** The customer's numeric id (path parameter). */
  customerId: customerIdSchema,
});

export type DeleteCustomerInput = z.input<typeof deleteCustomerInputSchema>;
/** The deleted customer (an older revision returned only `id`, `title` and `customKey`). */
export const deleteCustomerDataSchema = customerSchema;
export type DeleteCustomerData = z.infer<typeof deleteCustomerDataSchema>;

/**
 * Delete a customer; returns the deleted customer.
 *
 * `DELETE kit-api/v1/customers/[customerId]` (reference §6.7).
 *
 * @example
 * ```ts
 * await client.request(deleteCustomer, { customerId: 1 })
 * ```
 */
export const deleteCustomer = defineOperation({
  id: 'customers.delete',
  method: 'DELETE',
  path: 'customers/{customerId}',
  kind: 'mutation',
  summary: 'Delete a customer.',
  reference: { section: '6.7', page: 'platform/remove-customer' },
  input: deleteCustomerInputSchema,
  data: deleteCustomerDataSchema,
  errors: ['NOT_FOUND_CUSTOMER'],
  wireTypes: { customerId: 'number' },
});

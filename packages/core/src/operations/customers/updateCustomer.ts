import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { customerFieldsShape, customerIdSchema, customerSchema, customerTitleSchema } from './schemas.js';

const updateCustomerInputSchema = z.strictObject({
  /** The customer's numeric id (path parameter). */
  customerId: customerIdSchema,
  input: z.strictObject({
    /** New name, at most 40 characters, unique within the business. */
    title: z.optional(customerTitleSchema),
    ...customerFieldsShape,
  }),
});

export type UpdateCustomerInput = z.input<typeof updateCustomerInputSchema>;
export const updateCustomerDataSchema = customerSchema;
export type UpdateCustomerData = z.infer<typeof updateCustomerDataSchema>;

/**
 * Change a customer's details; returns the updated customer.
 *
 * `PATCH kit-api/v1/customers/[customerId]` (reference §6.6).
 *
 * @example
 * ```ts
 * const customer = await client.request(updateCustomer, { customerId: 1, input: { title: '파트너 고객사' } })
 * ```
 */
export const updateCustomer = defineOperation({
  id: 'customers.update',
  method: 'PATCH',
  path: 'customers/{customerId}',
  kind: 'mutation',
  summary: "Change a customer's details.",
  reference: { section: '6.6', page: 'platform/update-customer' },
  input: updateCustomerInputSchema,
  data: updateCustomerDataSchema,
  errors: ['NOT_FOUND_CUSTOMER', 'ALREADY_CUSTOMER_EXISTS'],
  wireTypes: { customerId: 'number' },
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { customerIdSchema, customerSchema } from './schemas.js';

const getCustomerInputSchema = z.strictObject({
  /** The customer's numeric id (path parameter). */
  customerId: customerIdSchema,
});

export type GetCustomerInput = z.input<typeof getCustomerInputSchema>;
export const getCustomerDataSchema = customerSchema;
export type GetCustomerData = z.infer<typeof getCustomerDataSchema>;

/**
 * Get a customer by id.
 *
 * `GET kit-api/v1/customers/[customerId]` (reference §6.4).
 *
 * @example
 * ```ts
 * const customer = await client.request(getCustomer, { customerId: 1 })
 * ```
 */
export const getCustomer = defineOperation({
  id: 'customers.get',
  method: 'GET',
  path: 'customers/{customerId}',
  kind: 'query',
  summary: 'Get a customer by id.',
  reference: { section: '6.4', page: 'platform/get-customer' },
  input: getCustomerInputSchema,
  data: getCustomerDataSchema,
  errors: ['NOT_FOUND_CUSTOMER'],
  wireTypes: { customerId: 'number' },
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { customerCustomKeySchema, paginationShape, paginationWireTypes } from '../../schemas/common.js';
import { customerSchema } from './schemas.js';

const listCustomersInputSchema = z.strictObject({
  ...paginationShape,
  /** Look one customer up by its custom key. */
  customKey: z.optional(customerCustomKeySchema),
});

export type ListCustomersInput = z.input<typeof listCustomersInputSchema>;

export const listCustomersDataSchema = z.object({
  total: z.number(),
  customers: z.array(customerSchema),
});
export type ListCustomersData = z.infer<typeof listCustomersDataSchema>;

/**
 * List the business's customers, paginated, or look one up by `customKey`.
 *
 * `GET kit-api/v1/customers` (reference §6.5).
 *
 * @example
 * ```ts
 * const { customers } = await client.request(listCustomers, { customKey: 'A5-k159402' })
 * ```
 */
export const listCustomers = defineOperation({
  id: 'customers.list',
  method: 'GET',
  path: 'customers',
  kind: 'query',
  summary: 'List customers.',
  reference: { section: '6.5', page: 'platform/search-customer' },
  input: listCustomersInputSchema,
  data: listCustomersDataSchema,
  errors: ['INVALID_CUSTOMER_CUSTOM_KEY', 'NOT_FOUND_CUSTOMER'],
  wireTypes: paginationWireTypes,
});

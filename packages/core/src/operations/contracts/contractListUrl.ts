import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { customerCustomKeySchema, pageUrlDataSchema, positiveIntSchema } from '../../schemas/common.js';
import { staleAfterContractPage } from '../pageStaleQueries.js';

const contractListUrlInputSchema = z.strictObject({
  /** Show the contracts of the customer with this custom key. */
  customerCustomKey: z.optional(customerCustomKeySchema),
  /** Show the contracts of the customer with this id. */
  customerId: z.optional(positiveIntSchema),
  /** Only contracts linked to no customer. Prix documents the value `true` only. */
  hasNoCustomer: z.optional(z.literal(true, 'Only `true` is accepted; leave the filter out otherwise.')),
});

export type ContractListUrlInput = z.input<typeof contractListUrlInputSchema>;
export const contractListUrlDataSchema = pageUrlDataSchema;
export type ContractListUrlData = z.infer<typeof contractListUrlDataSchema>;

/**
 * Get the URL of the Prix contract list page, optionally narrowed to one customer.
 *
 * `GET kit-api/v1/contracts/url` (reference §2.5). Prix says to open the URL in a new tab or
 * window; page URLs must never be cached.
 *
 * @example
 * ```ts
 * const { url } = await client.request(contractListUrl, { customerCustomKey: 'A5-k159402' })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const contractListUrl = defineOperation({
  id: 'contracts.listUrl',
  method: 'GET',
  path: 'contracts/url',
  kind: 'page-url',
  summary: 'Get the URL of the contract list page.',
  reference: { section: '2.5', page: 'signature/list' },
  page: {
    name: { ko: '계약서 목록', en: 'Contract list' },
    invalidates: staleAfterContractPage,
  },
  input: contractListUrlInputSchema,
  data: contractListUrlDataSchema,
  errors: ['INVALID_CUSTOMER_CUSTOM_KEY', 'NOT_FOUND_CUSTOMER'],
  wireTypes: { customerId: 'number', hasNoCustomer: 'boolean' },
});

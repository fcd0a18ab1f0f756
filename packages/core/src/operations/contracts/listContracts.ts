import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import {
  activeContractStatusSchema,
  contractTypeSchema,
  createdAtRangeShape,
  customerCustomKeySchema,
  isoDateTimeSchema,
  nonEmptyListSchema,
  paginationShape,
  paginationWireTypes,
  positiveIntSchema,
} from '../../schemas/common.js';
import { contractSummarySchema } from './schemas.js';

const listContractsInputSchema = z.strictObject({
  // The reference does not say how several values travel in one query parameter. Other kit
  // endpoints write lists comma-separated (`tagIds=2,3` on the template pages), so these three do
  // too: `customerIds=1,2`. This is an inference (reference §2.4 and §11 question 8).
  /** Contracts linked to the customers with these custom keys. */
  customerCustomKeys: z.optional(nonEmptyListSchema(customerCustomKeySchema)),
  /** Contracts linked to the customers with these ids. */
  customerIds: z.optional(nonEmptyListSchema(positiveIntSchema)),
  /** Contracts linked to these tags. */
  tagIds: z.optional(nonEmptyListSchema(positiveIntSchema)),
  /** Contract title. */
  title: z.optional(z.string()),
  /** Customer name. */
  customer: z.optional(z.string()),
  participantName: z.optional(z.string()),
  participantEmail: z.optional(z.string()),
  participantPhone: z.optional(z.string()),
  type: z.optional(contractTypeSchema),
  /** `CONCLUDED` or not yet (`CREATED`). */
  status: z.optional(activeContractStatusSchema),
  /** Only contracts with (`included`) or without (`excluded`) an e-signature. */
  signature: z.optional(z.enum(['included', 'excluded'])),
  /** Relative to the contract period. */
  periodStatus: z.optional(z.enum(['before', 'ongoing', 'after'])),
  ...createdAtRangeShape,
  endDateAfter: z.optional(isoDateTimeSchema),
  endDateBefore: z.optional(isoDateTimeSchema),
  ...paginationShape,
  /** Only contracts linked to no customer. Prix documents the value `true` only: leave it out otherwise. */
  hasNoCustomer: z.optional(z.literal(true, 'Only `true` is accepted; leave the filter out otherwise.')),
  orderKey: z.optional(z.enum(['endDate', 'startDate', 'createdAt', 'concludedDate'])),
  orderValue: z.optional(z.enum(['ASC', 'DESC'])),
});

export type ListContractsInput = z.input<typeof listContractsInputSchema>;

export const listContractsDataSchema = z.object({
  total: z.number(),
  contracts: z.array(contractSummarySchema),
});
export type ListContractsData = z.infer<typeof listContractsDataSchema>;

/**
 * List contracts with their e-signatures, filtered and paginated. No file URLs are returned:
 * use `findContract` or `concludedFiles` for those.
 *
 * `GET kit-api/v1/contracts` (reference §2.4). Only the first row of the error table was readable.
 *
 * @example
 * ```ts
 * const { total, contracts } = await client.request(listContracts, { status: 'CONCLUDED', tagIds: [2, 3], limit: 20 })
 * ```
 */
export const listContracts = defineOperation({
  id: 'contracts.list',
  method: 'GET',
  path: 'contracts',
  kind: 'query',
  summary: 'List contracts and their e-signatures.',
  reference: { section: '2.4', page: 'signature/search' },
  input: listContractsInputSchema,
  data: listContractsDataSchema,
  errors: ['INVALID_CUSTOMER_CUSTOM_KEY'],
  wireTypes: {
    ...paginationWireTypes,
    customerIds: 'number[]',
    customerCustomKeys: 'string[]',
    tagIds: 'number[]',
    hasNoCustomer: 'boolean',
  },
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { createdAtRangeShape, paginationShape, paginationWireTypes } from '../../schemas/common.js';

const listCreditUsagesInputSchema = z.strictObject({
  ...createdAtRangeShape,
  ...paginationShape,
});

export type ListCreditUsagesInput = z.input<typeof listCreditUsagesInputSchema>;

/** One use of credits. Enum-like fields stay strings: the reference shows examples only. */
export const creditUsageSchema = z.object({
  id: z.number(),
  /** `SIGNATURE_IDENTIFICATION` (mobile identity check) or `TAX_BILL` seen; not a closed list. */
  case: z.string(),
  user: z.object({
    id: z.number(),
    uuid: z.string(),
    name: z.string(),
    /** `USER` seen. */
    role: z.string(),
    email: z.string(),
    /** `KOREAN` seen. */
    language: z.string(),
    phone: z.nullish(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CreditUsage = z.infer<typeof creditUsageSchema>;

export const listCreditUsagesDataSchema = z.object({
  total: z.number(),
  creditUsages: z.array(creditUsageSchema),
});
export type ListCreditUsagesData = z.infer<typeof listCreditUsagesDataSchema>;

/**
 * List the business's credit usage history, optionally by date, paginated.
 *
 * `GET kit-api/v1/credit-usages` (reference §5.4). No error table on the page.
 *
 * @example
 * ```ts
 * const { creditUsages } = await client.request(listCreditUsages, { createdAtAfter: '2024-11-01T00:00:00.000Z' })
 * ```
 */
export const listCreditUsages = defineOperation({
  id: 'credits.usages',
  method: 'GET',
  path: 'credit-usages',
  kind: 'query',
  summary: 'List credit usage history.',
  reference: { section: '5.4', page: 'business/get-credit-usages' },
  input: listCreditUsagesInputSchema,
  data: listCreditUsagesDataSchema,
  wireTypes: paginationWireTypes,
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';

const creditStatusInputSchema = z.strictObject({});

export type CreditStatusInput = z.input<typeof creditStatusInputSchema>;

export const creditStatusDataSchema = z.object({
  /** Next renewal (ISO date-time). */
  renewalDate: z.string(),
  credit: z.object({
    /** Free credits per period. */
    defaultCount: z.number(),
    /** Free credits left. */
    remainingDefaultCount: z.number(),
    /** Purchased credits. */
    paidCreditCount: z.number(),
    /** All credits left. */
    remainingCount: z.number(),
  }),
});
export type CreditStatusData = z.infer<typeof creditStatusDataSchema>;

/**
 * Get the business's credit balance and next renewal date.
 *
 * `GET kit-api/v1/credit-usages/status` (reference §5.5).
 *
 * @example
 * ```ts
 * const { credit } = await client.request(creditStatus, {})
 * credit.remainingCount
 * ```
 */
export const creditStatus = defineOperation({
  id: 'credits.status',
  method: 'GET',
  path: 'credit-usages/status',
  kind: 'query',
  summary: 'Get the credit balance.',
  reference: { section: '5.5', page: 'business/get-credit-status' },
  input: creditStatusInputSchema,
  data: creditStatusDataSchema,
  errors: ['FAILED_GET_CREDIT'],
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { createdAtRangeShape } from '../../schemas/common.js';

const signatureUsageInputSchema = z.strictObject({ ...createdAtRangeShape });

export type SignatureUsageInput = z.input<typeof signatureUsageInputSchema>;

export const signatureUsageDataSchema = z.object({
  total: z.number(),
  /** Created but not requested yet (a special case, says the reference). */
  created: z.number(),
  /** Concluded. */
  done: z.number(),
  /** Requested, not concluded yet. */
  waiting: z.number(),
  canceled: z.number(),
});
export type SignatureUsageData = z.infer<typeof signatureUsageDataSchema>;

/**
 * Count e-signatures by status, optionally within a creation-date range.
 *
 * `GET kit-api/v1/signatures/usage` (reference §2.7). No error table on the page.
 *
 * @example
 * ```ts
 * const { total, done } = await client.request(signatureUsage, { createdAtAfter: '2024-11-01T00:00:00.000Z' })
 * ```
 */
export const signatureUsage = defineOperation({
  id: 'signatures.usage',
  method: 'GET',
  path: 'signatures/usage',
  kind: 'query',
  summary: 'Count e-signatures by status.',
  reference: { section: '2.7', page: 'signature/signature-usage' },
  input: signatureUsageInputSchema,
  data: signatureUsageDataSchema,
});

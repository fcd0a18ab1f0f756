import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { createdAtRangeShape, paginationShape, paginationWireTypes } from '../../schemas/common.js';
import { signatureStatusResponseSchema } from '../../schemas/response.js';

const listSignaturesInputSchema = z.strictObject({
  ...createdAtRangeShape,
  ...paginationShape,
});

export type ListSignaturesInput = z.input<typeof listSignaturesInputSchema>;

/** An e-signature in the list. */
export const signatureSummarySchema = z.object({
  uuid: z.string(),
  title: z.string(),
  expiredDate: z.string(),
  status: signatureStatusResponseSchema,
  createdAt: z.string(),
});
export type SignatureSummary = z.infer<typeof signatureSummarySchema>;

/** Note the vendor's naming: the rows are in `data.data`. */
export const listSignaturesDataSchema = z.object({
  total: z.number(),
  data: z.array(signatureSummarySchema),
});
export type ListSignaturesData = z.infer<typeof listSignaturesDataSchema>;

/**
 * List e-signatures, optionally by creation date, paginated. Also the polling fallback while
 * the webhook spec is unknown.
 *
 * `GET kit-api/v1/signatures` (reference §2.6). No error table on the page.
 *
 * @example
 * ```ts
 * const { total, data } = await client.request(listSignatures, { createdAtAfter: '2024-11-19T06:00:00.000Z' })
 * ```
 */
export const listSignatures = defineOperation({
  id: 'signatures.list',
  method: 'GET',
  path: 'signatures',
  kind: 'query',
  summary: 'List e-signatures.',
  reference: { section: '2.6', page: 'signature/signature-search' },
  input: listSignaturesInputSchema,
  data: listSignaturesDataSchema,
  wireTypes: paginationWireTypes,
});

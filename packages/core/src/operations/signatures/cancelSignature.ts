import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { uuidSchema } from '../../schemas/common.js';
import { openEnum } from '../../schemas/response.js';

const cancelSignatureInputSchema = z.strictObject({
  /** The e-signature (path parameter). The request has no body. */
  signatureUuid: uuidSchema,
});

export type CancelSignatureInput = z.input<typeof cancelSignatureInputSchema>;

export const cancelSignatureDataSchema = z.object({
  uuid: z.string(),
  title: z.string(),
  expiredDate: z.string(),
  status: openEnum(['CANCELED']),
  createdAt: z.string(),
});
export type CancelSignatureData = z.infer<typeof cancelSignatureDataSchema>;

/**
 * Cancel an e-signature that is not concluded yet; participants are told by Prix.
 *
 * `POST kit-api/v1/signatures/[signature uuid]/cancel` (reference §2.10; an older revision
 * printed the path under `api/v1/`, the newest under `kit-api/v1/`, which is used here).
 *
 * @example
 * ```ts
 * await client.request(cancelSignature, { signatureUuid: '57139f5c-37d0-4c30-bdb6-ef6106040756' })
 * ```
 */
export const cancelSignature = defineOperation({
  id: 'signatures.cancel',
  method: 'POST',
  path: 'signatures/{signatureUuid}/cancel',
  kind: 'mutation',
  summary: 'Cancel an e-signature that is not concluded.',
  reference: { section: '2.10', page: 'signature/cancel' },
  input: cancelSignatureInputSchema,
  data: cancelSignatureDataSchema,
  errors: ['NOT_FOUND_SIGNATURE', 'SIGNATURE_CANCEL_FAILED'],
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { nonEmptyStringSchema, uuidSchema } from '../../schemas/common.js';

/**
 * Input of `GET contracts/download/concluded-contract-files-url`: exactly one of the contract's
 * `uuid` or `customKey` (reference §2.14). A contract customKey has no documented format.
 */
export type ConcludedFilesInput = { uuid: string; customKey?: never } | { customKey: string; uuid?: never };

const concludedFilesInputSchema = z
  .strictObject({
    uuid: z.optional(uuidSchema),
    customKey: z.optional(nonEmptyStringSchema),
  })
  .check(
    z.refine((value) => (value.uuid === undefined) !== (value.customKey === undefined), {
      message: 'Pass exactly one of `uuid` or `customKey`.',
    }),
  ) as unknown as z.ZodMiniType<ConcludedFilesInput, ConcludedFilesInput>;

export const concludedFilesDataSchema = z.object({
  /** The concluded (sealed) contract PDF; the URL is valid for 30 minutes. */
  concludedFile: z.string(),
  /** The audit-trail certificate; the URL is valid for 30 minutes. */
  certificate: z.string(),
});
export type ConcludedFilesData = z.infer<typeof concludedFilesDataSchema>;

/**
 * Get download URLs of a concluded contract and of its audit-trail certificate. Right after
 * conclusion the certificate may not exist yet: Prix answers `SIGNATURE_CERTIFICATE_NOT_READY`,
 * try again a little later.
 *
 * `GET kit-api/v1/contracts/download/concluded-contract-files-url` (reference §2.14). The rest
 * of the error table was not readable.
 *
 * @example
 * ```ts
 * const { concludedFile, certificate } = await client.request(concludedFiles, { customKey: 'a4-k1234' })
 * ```
 */
export const concludedFiles = defineOperation({
  id: 'contracts.concludedFiles',
  method: 'GET',
  path: 'contracts/download/concluded-contract-files-url',
  kind: 'query',
  summary: 'Get download URLs of a concluded contract and its audit-trail certificate.',
  reference: { section: '2.14', page: 'signature/concluded-contract-files-url' },
  input: concludedFilesInputSchema,
  data: concludedFilesDataSchema,
  errors: ['SIGNATURE_CERTIFICATE_NOT_READY'],
});

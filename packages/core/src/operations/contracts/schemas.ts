import * as z from 'zod/mini';
import {
  customerReferenceSchema,
  httpUrlSchema,
  isoDateTimeSchema,
  nonEmptyStringSchema,
  participantPrefillShape,
  participantSchema,
  signatureObjectSchema,
  slugColumnInputSchema,
} from '../../schemas/common.js';
import {
  activeContractStatusResponseSchema,
  contractTypeResponseSchema,
  signatureStatusResponseSchema,
} from '../../schemas/response.js';

/** A contract's dates; each is `null` (or absent) until set. */
export const contractDateSchema = z.object({
  startDate: z.nullish(z.string()),
  endDate: z.nullish(z.string()),
  concludedDate: z.nullish(z.string()),
});
export type ContractDate = z.infer<typeof contractDateSchema>;

/** The e-signature of a contract, as `find` (§2.2) and the deprecated item endpoint (§2.12) print it. */
export const contractSignatureSchema = z.object({
  uuid: z.string(),
  title: z.string(),
  expiredDate: z.string(),
  status: signatureStatusResponseSchema,
  createdAt: z.string(),
  participants: z.array(participantSchema),
  objects: z.array(signatureObjectSchema),
});
export type ContractSignature = z.infer<typeof contractSignatureSchema>;

/** A contract in the list (§2.4): no file URLs (use `findContract` or `concludedFiles` for those). */
export const contractSummarySchema = z.object({
  /** The reference prints a number here and a string in `find`: both are accepted. */
  id: z.union([z.string(), z.number()]),
  uuid: z.string(),
  customKey: z.nullish(z.string()),
  title: z.string(),
  status: activeContractStatusResponseSchema,
  type: contractTypeResponseSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  contractDate: contractDateSchema,
  signature: z.nullish(
    z.object({
      id: z.number(),
      uuid: z.string(),
      title: z.string(),
      expiredDate: z.string(),
      status: signatureStatusResponseSchema,
      createdAt: z.string(),
      updatedAt: z.string(),
      participants: z.array(participantSchema),
      objects: z.array(z.extend(signatureObjectSchema, { id: z.number() })),
    }),
  ),
  /** Custom-column values (custom columns are set up by Prix on request). */
  columnItems: z.array(z.object({ value: z.string(), slug: z.string(), name: z.string() })),
});
export type ContractSummary = z.infer<typeof contractSummarySchema>;

/**
 * Body of `POST contracts/form-url` (§2.1). Only the example was readable, not the field
 * tables, so every field is optional, as in the reference.
 */
export const contractFormBodySchema = z.strictObject({
  option: z.optional(
    z.strictObject({
      /** Where the Prix page goes once the user is done. */
      successUrl: z.optional(httpUrlSchema),
    }),
  ),
  defaultValue: z.optional(
    z.strictObject({
      /** Customer to link by default: `id` or `customKey`. */
      customer: z.optional(customerReferenceSchema),
      contract: z.optional(
        z.strictObject({
          title: z.optional(nonEmptyStringSchema),
          /**
           * URL of the document to pre-load. Kept a plain string: the reference's examples elide
           * the host (`...contract.pdf`), so no URL rule is documented.
           */
          file: z.optional(nonEmptyStringSchema),
          startDate: z.optional(isoDateTimeSchema),
          endDate: z.optional(isoDateTimeSchema),
          slugColumns: z.optional(z.array(slugColumnInputSchema)),
        }),
      ),
      signature: z.optional(
        z.strictObject({
          /** Default participants (no `role`: there is no template here). */
          participants: z.optional(z.array(z.strictObject(participantPrefillShape))),
        }),
      ),
    }),
  ),
});

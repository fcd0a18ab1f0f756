import { z } from 'zod/mini';

/** A UUID as Prix prints it (`ed976505-bcbd-47bd-913d-f4cde05dea7a`). */
export const uuidSchema = z.uuid();

/** An ISO-8601 date-time string such as `2024-07-05T00:00:00.000Z` (reference §1.7). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Delivery / authentication channel (`send`, `auth`, `sendType`). */
export const sendChannelSchema = z.enum(['EMAIL', 'PHONE']);
export type SendChannel = z.infer<typeof sendChannelSchema>;

export const contractStatusSchema = z.enum(['CREATED', 'CONCLUDED', 'DELETED']);
export type ContractStatus = z.infer<typeof contractStatusSchema>;

export const contractTypeSchema = z.enum(['NEW', 'RENEWAL']);
export type ContractType = z.infer<typeof contractTypeSchema>;

export const signatureStatusSchema = z.enum(['CREATED', 'WAITING', 'DONE', 'CANCELED']);
export type SignatureStatus = z.infer<typeof signatureStatusSchema>;

/**
 * A participant as the contract endpoints return it. The reference lists the fields (uuid, name,
 * status, auth, send, email, phone, role, language) but only ever shows `status: "CREATED"`, so
 * `status` stays a string rather than an invented enum.
 */
export const participantSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  status: z.string(),
  auth: z.optional(sendChannelSchema),
  send: sendChannelSchema,
  email: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  role: z.optional(z.nullable(z.string())),
  language: z.optional(z.string()),
});
export type Participant = z.infer<typeof participantSchema>;

/** An input object (입력값) of a contract's e-signature. */
export const signatureObjectSchema = z.object({
  contents: z.string(),
  type: z.enum(['TEXT', 'SIGNATURE', 'CHECKBOX']),
  category: z.enum(['DEFAULT', 'INPUT']),
  name: z.string(),
  description: z.string(),
});
export type SignatureObject = z.infer<typeof signatureObjectSchema>;

/** A customer linked to a contract. */
export const linkedCustomerSchema = z.object({
  id: z.number(),
  title: z.string(),
  customKey: z.nullable(z.string()),
});

import * as z from 'zod/mini';
import { nonEmptyStringSchema, phoneSchema, signatureObjectSchema } from '../../schemas/common.js';
import { openEnum } from '../../schemas/response.js';

/**
 * A template in a path (`signature-templates/{templateKey}/…`): its numeric `id` or its `slug`
 * (reference §3). The path carries text either way, so `4328` and `'4328'` make the same request.
 * The reference does not say how Prix reads a slug that looks like a number (`'2024'`): it
 * cannot be told from an id, so avoid numeric-looking slugs.
 */
export const templateKeySchema = z.union(
  [
    z.int().check(z.positive('A template id must be a positive integer.')),
    z.string().check(z.minLength(1, 'A template slug must not be empty.')),
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'Required.'
        : 'Must be a template id (a positive integer) or slug (a non-empty string).',
  },
);

/** Signing order of a template: all participants at once, or one after another. */
export const participantTypeSchema = z.enum(['TOGETHER', 'ORDER']);
export type ParticipantType = z.infer<typeof participantTypeSchema>;
/** {@link participantTypeSchema} as Prix prints it, open to new values. */
const participantTypeResponseSchema = openEnum(['TOGETHER', 'ORDER']);

/** A participant role of a template (`role` such as "갑", "을", "고객"). */
export const templateParticipantSchema = z.object({
  id: z.number(),
  order: z.number(),
  role: z.string(),
});
export type TemplateParticipant = z.infer<typeof templateParticipantSchema>;

/** A template in the list (§3.2, newest revision; files are only in the detail). */
export const templateSchema = z.object({
  id: z.number(),
  name: z.string(),
  participantType: participantTypeResponseSchema,
  slug: z.nullish(z.string()),
  /** Workflow CC e-mails (Prix prints `null` for none elsewhere). */
  ccEmails: z.nullish(z.array(z.string())),
  createdAt: z.string(),
  updatedAt: z.string(),
  managerNames: z.array(z.string()),
  /** Only when the list was asked for it (`signatureCount: true`). */
  signatureCount: z.nullish(z.number()),
  participants: z.array(templateParticipantSchema),
});
export type Template = z.infer<typeof templateSchema>;

/**
 * An input object of a template. Its `id` is what `items[].id` refers to when pre-filling
 * (§3.4). Whether objects also carry a `slug` is not shown, so none is typed.
 */
export const templateObjectSchema = z.extend(z.omit(signatureObjectSchema, { contents: true }), { id: z.number() });
export type TemplateObject = z.infer<typeof templateObjectSchema>;

/** A template with its document, input objects and tags (§3.3). */
export const templateDetailSchema = z.object({
  id: z.number(),
  name: z.string(),
  /** The template's document; the URL is valid for 10 minutes after the request. */
  contractFile: z.string(),
  participantType: participantTypeResponseSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  slug: z.nullish(z.string()),
  ccEmails: z.nullish(z.array(z.string())),
  managerNames: z.array(z.string()),
  /** E-signatures created from this template. */
  signatureCount: z.number(),
  objects: z.array(templateObjectSchema),
  tags: z.array(z.object({ id: z.number(), name: z.string() })),
  participants: z.array(templateParticipantSchema),
});
export type TemplateDetail = z.infer<typeof templateDetailSchema>;

const extraAuthTypeError = { error: 'Must be an extra authentication of type MOBILE_IDENTIFICATION or CODE.' };

/**
 * Extra authentication of a participant (§8.4), as the create-signature and use-template bodies
 * take it: a real-name mobile identity check (`phoneName` is the legal name, `phoneNumber` a phone
 * in that name; it costs credits) or a password (`code`, with an optional `codeHint`).
 */
export const extraAuthSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('MOBILE_IDENTIFICATION'),
      phoneName: z.optional(nonEmptyStringSchema),
      phoneNumber: phoneSchema,
    }),
    z.strictObject({
      type: z.literal('CODE'),
      code: nonEmptyStringSchema,
      codeHint: z.optional(z.string()),
    }),
  ],
  extraAuthTypeError,
);
export type ExtraAuth = z.input<typeof extraAuthSchema>;

/**
 * Extra authentication in the bulk page body (§3.5): the mobile check takes only `phoneNumber`
 * (the participant's `name` is the legal name) and the password only `code`.
 */
export const bulkExtraAuthSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('MOBILE_IDENTIFICATION'), phoneNumber: phoneSchema }),
    z.strictObject({ type: z.literal('CODE'), code: nonEmptyStringSchema }),
  ],
  extraAuthTypeError,
);
export type BulkExtraAuth = z.input<typeof bulkExtraAuthSchema>;

/** Requires `email` or `phone` on a participant (one of them is how Prix reaches the person). */
export const emailOrPhone = z.refine<{ email?: string | undefined; phone?: string | undefined }>(
  (value) => value.email !== undefined || value.phone !== undefined,
  'Pass `email` or `phone` (one of them is required).',
);

import * as z from 'zod/mini';
import { openEnum } from './response.js';

/**
 * A UUID input, made canonical the way Prix prints it (`ed976505-bcbd-47bd-913d-f4cde05dea7a`):
 * any case is accepted and lower-cased, so the proxy's rate limits, idempotency fingerprints,
 * `authorize` rules and the upstream call all see one spelling per id (`57139F5C-…` and
 * `57139f5c-…` are the same participant, not two limits). Surrounding spaces are refused, not
 * trimmed: they were never a valid id.
 */
export const uuidSchema = z.uuid().check(z.toLowerCase());

/** An ISO-8601 date-time string such as `2024-07-05T00:00:00.000Z` (reference §1.7). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Delivery / authentication channel (`send`, `auth`, `sendType`). */
export const sendChannelSchema = z.enum(['EMAIL', 'PHONE']);
export type SendChannel = z.infer<typeof sendChannelSchema>;

export const contractStatusSchema = z.enum(['CREATED', 'CONCLUDED', 'DELETED']);
export type ContractStatus = z.infer<typeof contractStatusSchema>;

/**
 * The contract statuses every endpoint but `find` prints (`DELETED` only appears there): the
 * list, the deprecated item, the template request response, and the list filter.
 */
export const activeContractStatusSchema = z.enum(['CREATED', 'CONCLUDED']);

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
  auth: z.nullish(sendChannelSchema),
  send: sendChannelSchema,
  email: z.nullish(z.string()),
  phone: z.nullish(z.string()),
  role: z.nullish(z.string()),
  language: z.nullish(z.string()),
});
export type Participant = z.infer<typeof participantSchema>;

/** An input object (입력값) of a contract's e-signature. */
export const signatureObjectSchema = z.object({
  contents: z.string(),
  type: openEnum(['TEXT', 'SIGNATURE', 'CHECKBOX']),
  category: openEnum(['DEFAULT', 'INPUT']),
  name: z.string(),
  /** Prix has been seen to send `null` here (an empty description). */
  description: z.nullish(z.string()),
});
export type SignatureObject = z.infer<typeof signatureObjectSchema>;

/** A customer linked to a contract. */
export const linkedCustomerSchema = z.object({
  id: z.number(),
  title: z.string(),
  customKey: z.nullish(z.string()),
});

/**
 * An error message for a string format (e-mail, URL) that leaves the other issues of the same
 * schema, such as a missing value, to the default wording ("Required.").
 */
export function formatError(message: string) {
  return (issue: { code?: string | undefined }) => (issue.code === 'invalid_format' ? message : undefined);
}

/** A non-empty string (names, titles, slugs, free-form values). */
export const nonEmptyStringSchema = z.string().check(z.minLength(1, 'Must not be empty.'));

/**
 * A list sent in the query string (comma-separated). It needs one value at least: an empty list
 * would go out as `key=`, which means nothing to Prix. Leave the field out instead.
 */
export function nonEmptyListSchema<T extends z.ZodMiniType>(item: T) {
  return z.array(item).check(z.minLength(1, 'Pass at least one value, or leave the field out.'));
}

/** A positive integer id (customer, tag, template, input object). */
export const positiveIntSchema = z.int().check(z.positive('Must be a positive integer.'));

/** Page size of list endpoints: 1 to 100. Prix uses 10 when it is left out (reference §1.7). */
export const limitSchema = z.int().check(z.gte(1), z.lte(100));

/** Rows to skip in list endpoints (reference §1.7). */
export const offsetSchema = z.int().check(z.gte(0));

/** `limit` + `offset`, the pagination of every list endpoint. Spread into an input shape. */
export const paginationShape = {
  /** Page size, 1 to 100. @default 10 (applied by Prix) */
  limit: z.optional(limitSchema),
  /** Rows to skip. @default 0 */
  offset: z.optional(offsetSchema),
};

/** Wire types of {@link paginationShape}: the query string carries them as text. */
export const paginationWireTypes = { limit: 'number', offset: 'number' } as const;

/** The `createdAtAfter` / `createdAtBefore` range filter (ISO date-times, reference §1.7). */
export const createdAtRangeShape = {
  createdAtAfter: z.optional(isoDateTimeSchema),
  createdAtBefore: z.optional(isoDateTimeSchema),
};

/**
 * A URL Prix sends the user's browser to (`successUrl`, `redirectUrl`). Only `http:` and
 * `https:` are accepted, so a `javascript:` or `data:` URL never reaches a Prix page.
 */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: formatError('Must be an http(s) URL.') });

/** An e-mail address. */
export const emailSchema = z.email({ error: formatError('Must be a valid e-mail address.') });

/**
 * A phone number. Prix writes them with hyphens (`010-1234-1234`) but documents no stricter
 * rule, so only emptiness is refused and Prix judges the rest.
 */
export const phoneSchema = nonEmptyStringSchema;

/**
 * A customer's `customKey`: at most 40 letters, digits, `-` or `_`, unique within the business
 * (reference §1.4). Prix answers `INVALID_CUSTOMER_CUSTOM_KEY` for anything else.
 */
export const customerCustomKeySchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, 'A customer customKey is 1 to 40 letters, digits, "-" or "_".'));

/**
 * A business registration number. The reference says "10 digits (foreign companies up to 15)"
 * and prints `123-12-12345` (10 digits written with hyphens), so hyphens are allowed and only the
 * digit count is checked, loosely: 10 to 15 digits. Whether a foreign number can be shorter than
 * 10 digits, or hold letters, is not documented; Prix has the last word.
 */
export const registrationNumberSchema = z.string().check(
  z.refine(
    (value) => {
      const digits = value.replace(/-/g, '').length;
      return /^[0-9-]+$/.test(value) && digits >= 10 && digits <= 15;
    },
    { message: 'A registration number is 10 digits (foreign companies up to 15), hyphens allowed: 123-12-12345.' },
  ),
);

/** The `data` of every page-URL endpoint: a Prix page to open in a new tab. Never cache it. */
export const pageUrlDataSchema = z.object({ url: z.string() });
export type PageUrlData = z.infer<typeof pageUrlDataSchema>;

/**
 * A custom-column value (`slugColumns[]`). Custom columns are set up by Prix on request; the
 * reference marks both fields "no" but an entry without its `slug` cannot mean anything, so
 * `slug` is required here.
 */
export const slugColumnInputSchema = z.strictObject({
  slug: nonEmptyStringSchema,
  value: z.string(),
});

/**
 * A customer picked by numeric `id` or by `customKey` (at least one; the reference's examples
 * pass both, so both are allowed).
 */
export const customerReferenceSchema = z
  .strictObject({
    id: z.optional(positiveIntSchema),
    customKey: z.optional(customerCustomKeySchema),
  })
  .check(
    z.refine((value) => value.id !== undefined || value.customKey !== undefined, {
      message: 'Pass the customer `id` or `customKey`.',
    }),
  );

/**
 * Default values for one participant on a Prix page (page-URL bodies). The reference does not
 * show which fields are required there, so all are optional (§2.1, §3.7).
 */
export const participantPrefillShape = {
  name: z.optional(nonEmptyStringSchema),
  send: z.optional(sendChannelSchema),
  /** Used when `send` is `EMAIL`. */
  email: z.optional(emailSchema),
  /** Used when `send` is `PHONE`; written with hyphens (`010-1234-1234`). */
  phone: z.optional(phoneSchema),
  /** Message shown or sent to the participant. */
  message: z.optional(z.string()),
};

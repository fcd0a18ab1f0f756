import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import {
  customerCustomKeySchema,
  customerReferenceSchema,
  emailSchema,
  nonEmptyStringSchema,
  pageUrlDataSchema,
  phoneSchema,
  positiveIntSchema,
  sendChannelSchema,
  slugColumnInputSchema,
} from '../../schemas/common.js';
import { staleAfterContractPage } from '../pageStaleQueries.js';
import { bulkExtraAuthSchema, emailOrPhone, templateKeySchema } from './schemas.js';

/** One pre-filled row of the bulk page: one contract, one signer. */
const bulkItemSchema = z.strictObject({
  /** Title of that e-signature. */
  title: nonEmptyStringSchema,
  participant: z
    .strictObject({
      /** The legal name when mobile identification is used. */
      name: nonEmptyStringSchema,
      send: sendChannelSchema,
      email: z.optional(emailSchema),
      phone: z.optional(phoneSchema),
      /** Shown in the example only. */
      message: z.optional(z.string()),
      extraAuthList: z.optional(z.array(bulkExtraAuthSchema)),
    })
    .check(emailOrPhone),
  /** Pre-input values needed to create the contract, by input object id (`getTemplate` → `objects[].id`). */
  items: z.array(
    z.strictObject({
      id: positiveIntSchema,
      /** The value; a checkbox takes `"true"` or `""`. */
      contents: z.string(),
    }),
  ),
  /** Customer name to link to that e-signature. */
  customerTitle: z.optional(nonEmptyStringSchema),
  /** The contract's own key for that row. */
  customKey: z.optional(nonEmptyStringSchema),
});

const bulkContractBodySchema = z.strictObject({
  /** @deprecated Use `defaultValue.customer.id`. */
  customerId: z.optional(positiveIntSchema),
  /** @deprecated Use `defaultValue.customer.customKey`. */
  customerCustomKey: z.optional(customerCustomKeySchema),
  defaultValue: z.optional(
    z.strictObject({
      customer: z.optional(customerReferenceSchema),
      contract: z.optional(z.strictObject({ slugColumns: z.optional(z.array(slugColumnInputSchema)) })),
      /** Newest revision only. */
      signature: z.optional(z.strictObject({ requesterName: z.optional(nonEmptyStringSchema) })),
    }),
  ),
  /** Newest revision only; its field table was not readable. */
  options: z.optional(
    z.strictObject({
      /** Inputs to hide, e.g. `REQUESTER_EMAIL`; the full list is not documented. */
      disabledInputs: z.optional(z.array(nonEmptyStringSchema)),
    }),
  ),
  items: z.optional(z.array(bulkItemSchema)),
});

const bulkContractUrlInputSchema = z.strictObject({
  /** Template id or slug (path parameter). The template must have exactly one participant. */
  templateKey: templateKeySchema,
  /**
   * The page's defaults and rows. Every field is optional, but the reference does not say the
   * body itself may be left out (as it does for the other page bodies), so `{}` is sent then.
   */
  input: z._default(bulkContractBodySchema, () => ({})),
});

export type BulkContractUrlInput = z.input<typeof bulkContractUrlInputSchema>;
export const bulkContractUrlDataSchema = pageUrlDataSchema;
export type BulkContractUrlData = z.infer<typeof bulkContractUrlDataSchema>;

/**
 * Get the URL of the bulk-contract page of a template with exactly one participant, optionally
 * pre-filled with rows.
 *
 * `POST kit-api/v1/signature-templates/[key]/bulk-url` (reference §3.5; older revision complete,
 * newest revision's extra fields only seen in its example). Prix says to open the URL in a new
 * tab or window; page URLs must never be cached.
 *
 * @example
 * ```ts
 * const { url } = await client.request(bulkContractUrl, {
 *   templateKey: 4328,
 *   input: {
 *     defaultValue: { customer: { customKey: 'B5-k159402' } },
 *     items: [{ title: '테스트서명1', participant: { name: '김프릭', send: 'EMAIL', email: 'kim@prix.im' }, items: [{ id: 13, contents: '김프릭' }] }],
 *   },
 * })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const bulkContractUrl = defineOperation({
  id: 'templates.bulkUrl',
  method: 'POST',
  path: 'signature-templates/{templateKey}/bulk-url',
  kind: 'page-url',
  summary: 'Get the URL of the bulk-contract page of a one-participant template.',
  reference: { section: '3.5', page: 'signature-template/bulk-url' },
  page: {
    name: { ko: '대량계약', en: 'Bulk contract' },
    invalidates: staleAfterContractPage,
  },
  input: bulkContractUrlInputSchema,
  data: bulkContractUrlDataSchema,
  errors: [
    'SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT',
    'INVALID_BUSINESS',
    'SIGNATURE_TEMPLATE_NOT_FOUND',
    'NOT_FOUND_CUSTOMER',
  ],
});

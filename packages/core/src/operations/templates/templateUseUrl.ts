import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import {
  httpUrlSchema,
  isoDateTimeSchema,
  nonEmptyStringSchema,
  pageUrlDataSchema,
  participantPrefillShape,
  positiveIntSchema,
} from '../../schemas/common.js';
import { staleAfterContractPage } from '../pageStaleQueries.js';
import { extraAuthSchema, templateKeySchema } from './schemas.js';

// Only the body example was readable (up to the `CODE` extra-auth entry), not the field tables:
// every field is optional, and only the fields the example shows are accepted.
const templateUseBodySchema = z.strictObject({
  option: z.optional(
    z.strictObject({
      /** Where the Prix page goes once the user is done. */
      successUrl: z.optional(httpUrlSchema),
    }),
  ),
  defaultValue: z.optional(
    z.strictObject({
      /** Customer linked by default; the example shows only `id`. */
      customer: z.optional(z.strictObject({ id: positiveIntSchema })),
      contract: z.optional(
        z.strictObject({
          title: z.optional(nonEmptyStringSchema),
          startDate: z.optional(isoDateTimeSchema),
          endDate: z.optional(isoDateTimeSchema),
        }),
      ),
      signature: z.optional(
        z.strictObject({
          /** Defaults per template role. */
          participants: z.optional(
            z.array(
              z.strictObject({
                /** A role registered in the template. */
                role: z.optional(nonEmptyStringSchema),
                ...participantPrefillShape,
                extraAuthList: z.optional(z.array(extraAuthSchema)),
              }),
            ),
          ),
        }),
      ),
    }),
  ),
});

const templateUseUrlInputSchema = z.strictObject({
  /** Template id or slug (path parameter). */
  templateKey: templateKeySchema,
  /** Pre-fills the page. The whole body is optional (reference §3.7). */
  input: z.optional(templateUseBodySchema),
});

export type TemplateUseUrlInput = z.input<typeof templateUseUrlInputSchema>;
// The response was not readable: `{ url }` is an inference from every other page-URL endpoint.
export const templateUseUrlDataSchema = pageUrlDataSchema;
export type TemplateUseUrlData = z.infer<typeof templateUseUrlDataSchema>;

/**
 * Get the URL of the Prix page where the user creates a contract from a template and requests
 * its e-signature.
 *
 * `POST kit-api/v1/signature-templates/[key]/use-template-url` (reference §3.7). Prix says to
 * open the URL in a new tab or window; page URLs must never be cached. The error table was not
 * readable.
 *
 * @example
 * ```ts
 * const { url } = await client.request(templateUseUrl, {
 *   templateKey: 4328,
 *   input: { option: { successUrl: 'https://example.com/done' }, defaultValue: { customer: { id: 3 } } },
 * })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const templateUseUrl = defineOperation({
  id: 'templates.useUrl',
  method: 'POST',
  path: 'signature-templates/{templateKey}/use-template-url',
  kind: 'page-url',
  summary: 'Get the URL of the page to use a template (create a contract and request its e-signature).',
  reference: { section: '3.7', page: 'signature-template/usage-url' },
  page: {
    name: { ko: '템플릿 사용', en: 'Use template' },
    // Reference §3.7: Prix sends the user here when the page is done.
    successUrlAt: ['input', 'option', 'successUrl'],
    invalidates: staleAfterContractPage,
  },
  input: templateUseUrlInputSchema,
  data: templateUseUrlDataSchema,
});

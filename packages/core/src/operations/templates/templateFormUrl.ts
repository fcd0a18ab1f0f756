import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import {
  httpUrlSchema,
  nonEmptyListSchema,
  nonEmptyStringSchema,
  pageUrlDataSchema,
  positiveIntSchema,
} from '../../schemas/common.js';
import { staleAfterTemplatePage } from '../pageStaleQueries.js';

const templateFormUrlInputSchema = z.strictObject({
  /** Where to go once the template is saved. */
  successUrl: z.optional(httpUrlSchema),
  /** Open the edit page of this template; leave out for the create page. */
  templateId: z.optional(positiveIntSchema),
  /** Default tags of a new template (sent comma-separated: `tagIds=2,3`). */
  tagIds: z.optional(nonEmptyListSchema(positiveIntSchema)),
  /** Default slug of a new template. */
  slug: z.optional(nonEmptyStringSchema),
  /**
   * Inputs to hide on the create page, sent comma-separated. Only `PERMISSION` and `TAG` are
   * confirmed; the full list was not readable, so any name is passed on.
   */
  disabledInputs: z.optional(
    nonEmptyListSchema(z.string().check(z.regex(/^[^,]+$/, 'An input name must be non-empty, without commas.'))),
  ),
});

export type TemplateFormUrlInput = z.input<typeof templateFormUrlInputSchema>;
// The response example of this page was not readable: `{ url }` is an inference from every
// other page-URL endpoint (reference §3.1).
export const templateFormUrlDataSchema = pageUrlDataSchema;
export type TemplateFormUrlData = z.infer<typeof templateFormUrlDataSchema>;

/**
 * Get the URL of the Prix page to create a template (or edit one, with `templateId`).
 *
 * `GET kit-api/v1/signature-templates/form-url` (reference §3.1). Prix says to open page URLs in
 * a new tab or window; they must never be cached.
 *
 * @example
 * ```ts
 * const { url } = await client.request(templateFormUrl, { tagIds: [2, 3], disabledInputs: ['PERMISSION', 'TAG'] })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const templateFormUrl = defineOperation({
  id: 'templates.formUrl',
  method: 'GET',
  path: 'signature-templates/form-url',
  kind: 'page-url',
  summary: 'Get the URL of the page to create or edit a template.',
  reference: { section: '3.1', page: 'signature-template/form' },
  page: {
    name: { ko: '템플릿 등록/편집', en: 'Template editor' },
    // Reference §3.1: Prix sends the user here when the page is done.
    successUrlAt: ['successUrl'],
    invalidates: staleAfterTemplatePage,
  },
  input: templateFormUrlInputSchema,
  data: templateFormUrlDataSchema,
  wireTypes: { templateId: 'number', tagIds: 'number[]', disabledInputs: 'string[]' },
});

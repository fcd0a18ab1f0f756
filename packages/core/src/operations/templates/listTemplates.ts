import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import {
  nonEmptyListSchema,
  nonEmptyStringSchema,
  paginationShape,
  paginationWireTypes,
  positiveIntSchema,
} from '../../schemas/common.js';
import { templateSchema } from './schemas.js';

const listTemplatesInputSchema = z.strictObject({
  ...paginationShape,
  /** Template name. */
  title: z.optional(z.string()),
  /** Templates linked to these contract tags (sent comma-separated: `tagIds=2,3`). */
  tagIds: z.optional(nonEmptyListSchema(positiveIntSchema)),
  /** Also return how many e-signatures each template has made. */
  signatureCount: z.optional(z.boolean()),
  slug: z.optional(nonEmptyStringSchema),
});

export type ListTemplatesInput = z.input<typeof listTemplatesInputSchema>;

// Newest revision of the page, whose example stops at `participants`: fields after it, if any,
// are unknown. The older revision also had `contractFile` per template; the newest says files
// are only in the detail (`getTemplate`).
export const listTemplatesDataSchema = z.object({
  templates: z.array(templateSchema),
  total: z.number(),
});
export type ListTemplatesData = z.infer<typeof listTemplatesDataSchema>;

/**
 * List e-signature templates, filtered and paginated.
 *
 * `GET kit-api/v1/signature-templates` (reference §3.2). No error table was seen.
 *
 * @example
 * ```ts
 * const { templates } = await client.request(listTemplates, { tagIds: [2, 3], signatureCount: true })
 * ```
 */
export const listTemplates = defineOperation({
  id: 'templates.list',
  method: 'GET',
  path: 'signature-templates',
  kind: 'query',
  summary: 'List e-signature templates.',
  reference: { section: '3.2', page: 'signature-template/list' },
  input: listTemplatesInputSchema,
  data: listTemplatesDataSchema,
  wireTypes: { ...paginationWireTypes, tagIds: 'number[]', signatureCount: 'boolean' },
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { templateDetailSchema, templateKeySchema } from './schemas.js';

const getTemplateInputSchema = z.strictObject({
  /** Template id or slug (path parameter). */
  templateKey: templateKeySchema,
});

export type GetTemplateInput = z.input<typeof getTemplateInputSchema>;
export const getTemplateDataSchema = templateDetailSchema;
export type GetTemplateData = z.infer<typeof getTemplateDataSchema>;

/**
 * Get a template with its document, input objects (whose ids pre-fill `items`), tags and roles.
 *
 * `GET kit-api/v1/signature-templates/[key]` (reference §3.3). The error table was cut off.
 *
 * @example
 * ```ts
 * const template = await client.request(getTemplate, { templateKey: 4328 })
 * template.objects.map((object) => object.id)
 * ```
 */
export const getTemplate = defineOperation({
  id: 'templates.get',
  method: 'GET',
  path: 'signature-templates/{templateKey}',
  kind: 'query',
  summary: 'Get a template with its input objects, tags and roles.',
  reference: { section: '3.3', page: 'signature-template/item' },
  input: getTemplateInputSchema,
  data: getTemplateDataSchema,
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';

/**
 * A tag colour. The newest revision of the page lists these six; an older example printed
 * `PINK`, so any string is accepted and the known values are only hints.
 */
export type TagColorCode = 'RED' | 'ORANGE' | 'YELLOW' | 'GREEN' | 'BLUE' | 'GRAY' | (string & {});

/** A contract tag. (An older revision also printed `customColumnUniqueKey`; it is dropped.) */
export const tagSchema = z.object({
  id: z.number(),
  name: z.string(),
  colorCode: z.string() as z.ZodMiniType<TagColorCode>,
  order: z.number(),
});
export type Tag = z.infer<typeof tagSchema>;

const listContractTagsInputSchema = z.strictObject({});

export type ListContractTagsInput = z.input<typeof listContractTagsInputSchema>;
/** Note: `data` is the array itself, not an object. */
export const listContractTagsDataSchema = z.array(tagSchema);
export type ListContractTagsData = z.infer<typeof listContractTagsDataSchema>;

/**
 * List the business's contract tags.
 *
 * `GET kit-api/v1/contracts/tags` (reference §4.1). No error table on the page.
 *
 * @example
 * ```ts
 * const tags = await client.request(listContractTags, {})
 * tags.map((tag) => tag.name)
 * ```
 */
export const listContractTags = defineOperation({
  id: 'tags.list',
  method: 'GET',
  path: 'contracts/tags',
  kind: 'query',
  summary: 'List contract tags.',
  reference: { section: '4.1', page: 'contract-tag/list' },
  input: listContractTagsInputSchema,
  data: listContractTagsDataSchema,
});

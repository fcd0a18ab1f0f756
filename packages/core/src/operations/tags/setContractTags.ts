import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { positiveIntSchema, uuidSchema } from '../../schemas/common.js';

const setContractTagsInputSchema = z.strictObject({
  /** The contract (path parameter). */
  contractUuid: uuidSchema,
  input: z.strictObject({
    /**
     * The tags to connect. The page says it "updates the tags connected to the contract";
     * that the list replaces the current set (and `[]` clears it) is an inference.
     */
    tagIds: z.array(positiveIntSchema),
  }),
});

export type SetContractTagsInput = z.input<typeof setContractTagsInputSchema>;
/**
 * Prix answers `{ ok: true }` with no `data` at all. Whatever it might send there instead
 * (`{}`, `null`) carries nothing documented, so any `data` reads as none.
 */
export const setContractTagsDataSchema = z.pipe(
  z.unknown(),
  z.transform((): undefined => undefined),
);
export type SetContractTagsData = z.infer<typeof setContractTagsDataSchema>;

/**
 * Set the tags connected to a contract.
 *
 * `PATCH kit-api/v1/contracts/[contract uuid]` (reference §4.5; same path as the deprecated
 * `getContract`, told apart by the method). No error table on the page.
 *
 * @example
 * ```ts
 * await client.request(setContractTags, { contractUuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a', input: { tagIds: [2, 3] } })
 * ```
 */
export const setContractTags = defineOperation({
  id: 'contracts.setTags',
  method: 'PATCH',
  path: 'contracts/{contractUuid}',
  kind: 'mutation',
  summary: 'Set the tags connected to a contract.',
  reference: { section: '4.5', page: 'contract-tag/contract-update' },
  input: setContractTagsInputSchema,
  data: setContractTagsDataSchema,
});

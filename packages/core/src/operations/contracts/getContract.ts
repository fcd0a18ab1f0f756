import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { uuidSchema } from '../../schemas/common.js';
import { activeContractStatusResponseSchema } from '../../schemas/response.js';
import { contractSignatureSchema } from './schemas.js';

const getContractInputSchema = z.strictObject({
  /** The contract (path parameter). */
  contractUuid: uuidSchema,
});

export type GetContractInput = z.input<typeof getContractInputSchema>;

export const getContractDataSchema = z.object({
  contract: z.object({
    uuid: z.string(),
    title: z.string(),
    /** Original document; the URL is valid for 10 minutes after the request. */
    file: z.string(),
    /** Concluded PDF, valid for 10 minutes; `null` until concluded. */
    concludedFile: z.nullish(z.string()),
    createdAt: z.string(),
    status: activeContractStatusResponseSchema,
    /**
     * The page only shows a contract with an e-signature; `null` for one without is the same
     * inference as in `findContract`.
     */
    signature: z.nullish(contractSignatureSchema),
  }),
});
export type GetContractData = z.infer<typeof getContractDataSchema>;
/** A contract as the deprecated `GET contracts/[uuid]` returns it. */
export type LegacyContract = GetContractData['contract'];

/**
 * Get a contract and its e-signature by uuid in the path.
 *
 * `GET kit-api/v1/contracts/[contract uuid]` (reference §2.12). Prix no longer updates it.
 *
 * @deprecated Use {@link findContract}.
 *
 * @example
 * ```ts
 * const { contract } = await client.request(getContract, { contractUuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a' })
 * ```
 */
export const getContract = defineOperation({
  id: 'contracts.get',
  method: 'GET',
  path: 'contracts/{contractUuid}',
  kind: 'query',
  summary: 'Get a contract and its e-signature by uuid (deprecated).',
  reference: { section: '2.12', page: 'signature/item' },
  input: getContractInputSchema,
  data: getContractDataSchema,
  deprecated: 'Use findContract (GET contracts/find).',
});

import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { linkedCustomerSchema, uuidSchema } from '../../schemas/common.js';
import { contractStatusResponseSchema, contractTypeResponseSchema } from '../../schemas/response.js';
import { contractDateSchema, contractSignatureSchema } from './schemas.js';

/**
 * Input of `GET contracts/find`: exactly one of `uuid` or `customKey` (reference §2.2).
 *
 * The format of a *contract* customKey is not documented (only customers' keys have a rule),
 * so the client only requires it to be non-empty and lets Prix judge the rest.
 */
export type FindContractInput = ({ uuid: string; customKey?: never } | { customKey: string; uuid?: never }) & {
  /**
   * Also return the participants' attachments ("requirements"). Newest revision of the page
   * only; the shape of the extra data is not documented, so it is not typed here.
   */
  includeParticipantRequirements?: boolean;
};

const findContractInputSchema = z
  .strictObject({
    uuid: z.optional(uuidSchema),
    customKey: z.optional(z.string().check(z.minLength(1))),
    includeParticipantRequirements: z.optional(z.boolean()),
  })
  .check(
    z.refine((value) => (value.uuid === undefined) !== (value.customKey === undefined), {
      message: 'Pass exactly one of `uuid` or `customKey`.',
    }),
  ) as unknown as z.ZodMiniType<FindContractInput, FindContractInput>;

/** `data` of `GET contracts/find`. */
export const findContractDataSchema = z.object({
  contract: z.object({
    /** The reference shows `"1"` here and `1` in the list endpoint: both are accepted. */
    id: z.union([z.string(), z.number()]),
    uuid: z.string(),
    title: z.string(),
    customers: z.array(linkedCustomerSchema),
    /** Original document; the URL is valid for 10 minutes after the request. */
    file: z.string(),
    /** Concluded (sealed) PDF, valid for 10 minutes; `null` until concluded. */
    concludedFile: z.nullish(z.string()),
    /** The original .docx when the contract was registered from Word. */
    wordFile: z.nullish(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Present when a custom key was used. */
    customKey: z.nullish(z.string()),
    status: contractStatusResponseSchema,
    type: contractTypeResponseSchema,
    contractDate: contractDateSchema,
    managerNames: z.array(z.string()),
    /** `null` when no e-signature was requested (an inference: the reference shows none). */
    signature: z.nullish(contractSignatureSchema),
  }),
});

export type FindContractData = z.infer<typeof findContractDataSchema>;
/** A contract as `GET contracts/find` returns it. */
export type Contract = FindContractData['contract'];

/**
 * `GET kit-api/v1/contracts/find` — look a contract (and its e-signature) up by `uuid` or by
 * its `customKey` (reference §2.2).
 *
 * @example
 * ```ts
 * const { contract } = await client.request(findContract, { uuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a' })
 * contract.signature?.status // 'WAITING'
 * ```
 */
export const findContract = defineOperation({
  id: 'contracts.find',
  method: 'GET',
  path: 'contracts/find',
  kind: 'query',
  summary: 'Look a contract and its e-signature up by uuid or customKey.',
  reference: { section: '2.2', page: 'signature/find' },
  input: findContractInputSchema,
  data: findContractDataSchema,
  errors: ['INVALID_CUSTOMER_CUSTOM_KEY', 'NOT_FOUND_CUSTOMER'],
  wireTypes: { includeParticipantRequirements: 'boolean' },
});

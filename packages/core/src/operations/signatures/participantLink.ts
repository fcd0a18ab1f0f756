import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { uuidSchema } from '../../schemas/common.js';
import { staleAfterContractPage } from '../pageStaleQueries.js';

/**
 * Input of `GET signatures/[uuid]/link`: the signature, and exactly one of a participant or the
 * facilitator of an in-person signing (reference §2.9).
 */
export type ParticipantLinkInput = (
  | { participantUuid: string; facilitatorUuid?: never }
  | { facilitatorUuid: string; participantUuid?: never }
) & {
  /** The e-signature (path parameter). */
  signatureUuid: string;
  /** Pre-fills the page's authentication input; a phone number with hyphens (`010-0000-0000`). */
  defaultValue?: string;
};

const participantLinkInputSchema = z
  .strictObject({
    signatureUuid: uuidSchema,
    participantUuid: z.optional(uuidSchema),
    facilitatorUuid: z.optional(uuidSchema),
    defaultValue: z.optional(z.string()),
  })
  .check(
    z.refine((value) => (value.participantUuid === undefined) !== (value.facilitatorUuid === undefined), {
      message: 'Pass exactly one of `participantUuid` or `facilitatorUuid`.',
    }),
  ) as unknown as z.ZodMiniType<ParticipantLinkInput, ParticipantLinkInput>;

/** Note the vendor's naming: `link`, not `url`. Its validity window is not documented. */
export const participantLinkDataSchema = z.object({ link: z.string() });
export type ParticipantLinkData = z.infer<typeof participantLinkDataSchema>;

/**
 * Get the signing page of one participant, or of the facilitator of an in-person signing, to
 * hand over yourself (for instance after `option.skipSend`).
 *
 * `GET kit-api/v1/signatures/[signature uuid]/link` (reference §2.9). Prix says to open page
 * URLs in a new tab or window; they must never be cached. Only the first two rows of the error
 * table were readable.
 *
 * @example
 * ```ts
 * const { link } = await client.request(participantLink, {
 *   signatureUuid: '57139f5c-37d0-4c30-bdb6-ef6106040756',
 *   participantUuid: '689a0e2b-db58-4f16-9b9a-e745408de889',
 * })
 * window.open(link, '_blank', 'noopener')
 * ```
 */
export const participantLink = defineOperation({
  id: 'signatures.link',
  method: 'GET',
  path: 'signatures/{signatureUuid}/link',
  kind: 'page-url',
  summary: "Get a participant's (or the facilitator's) signing page link.",
  reference: { section: '2.9', page: 'signature/participant-link' },
  page: {
    name: { ko: '전자서명 참여', en: 'Signing page' },
    invalidates: staleAfterContractPage,
  },
  input: participantLinkInputSchema,
  data: participantLinkDataSchema,
  errors: ['INVALID_SIGNATURE_PARTICIPANT_UUID', 'SIGNATURE_INVALID_FACILITATOR_UUID'],
});

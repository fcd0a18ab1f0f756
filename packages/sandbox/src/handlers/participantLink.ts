import { participantLink } from '@esign-kit/core/server';
import { participantOf, requireSignature } from '../domain/signatures.js';
import { seedIds } from '../seed/index.js';
import { prixError } from '../vendorErrors.js';
import { openPage } from './openPage.js';
import { sandboxHandler, succeed } from './types.js';

/**
 * `GET signatures/{uuid}/link` (reference §2.9): the signing page of one participant, or of the
 * in-person signing's facilitator, answered as `{ link }` (not `url`).
 *
 * - a participant not in this signature: `400 INVALID_SIGNATURE_PARTICIPANT_UUID`;
 * - a facilitator uuid that is not this signature's facilitator (or the signature has none):
 *   `400 SIGNATURE_INVALID_FACILITATOR_UUID`;
 * - an unknown signature: `404 NOT_FOUND_SIGNATURE` (not in the readable rows of the table, but
 *   the code the cancel page gives for it).
 *
 * A link is handed out whatever the signature's status: the page itself says whether the
 * participant can still sign.
 */
export const participantLinkHandler = sandboxHandler(participantLink, {
  example: {
    signatureUuid: seedIds.mou.signatureUuid,
    participantUuid: seedIds.mou.phoneParticipantUuid,
    defaultValue: '010-1234-5678',
  },
  handle: (input, context) => {
    const found = requireSignature(context.state, input.signatureUuid);
    if (!found.ok) return found;
    const { signature } = found.value;
    if (input.participantUuid !== undefined && !participantOf(signature, input.participantUuid)) {
      return prixError('INVALID_SIGNATURE_PARTICIPANT_UUID');
    }
    if (input.facilitatorUuid !== undefined && signature.facilitator?.uuid !== input.facilitatorUuid.toLowerCase()) {
      return prixError('SIGNATURE_INVALID_FACILITATOR_UUID');
    }
    return succeed({ link: openPage(context, 'signing', participantLink, input) });
  },
});

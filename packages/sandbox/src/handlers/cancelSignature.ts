import { cancelSignature } from '@esign-kit/core/server';
import { cancelPendingSignature } from '../domain/signatures.js';
import { seedIds } from '../seed/index.js';
import { answer, sandboxHandler } from './types.js';

/**
 * `POST signatures/{uuid}/cancel` (reference §2.10): `CANCELED`, with a notice to each
 * participant. `404 NOT_FOUND_SIGNATURE` when missing; `500 SIGNATURE_CANCEL_FAILED` for a
 * signature already `DONE` or `CANCELED` (see `cancelPendingSignature` in the domain for why).
 */
export const cancelSignatureHandler = sandboxHandler(cancelSignature, {
  example: { signatureUuid: seedIds.renewal.signatureUuid },
  handle: (input, { state, now }) =>
    answer(cancelPendingSignature(state, input.signatureUuid, now()), ({ uuid, title, expiredDate, createdAt }) => ({
      uuid,
      title,
      expiredDate,
      status: 'CANCELED' as const,
      createdAt,
    })),
});

import { findContract } from '@esign-kit/core/server';
import { lookupContract } from '../domain/contracts.js';
import { toFindView } from '../domain/contractViews.js';
import { seedIds } from '../seed/index.js';
import { answer, sandboxHandler } from './types.js';

/**
 * `GET contracts/find` (reference §2.2): a contract and its e-signature, by `uuid` or `customKey`.
 * A missing contract is `404 NOT_FOUND_CUSTOMER`, a malformed key `400 INVALID_CUSTOMER_CUSTOM_KEY`
 * (see `lookupContract`).
 *
 * `includeParticipantRequirements` is accepted and ignored: the reference does not show the
 * shape of the attachments it adds, so inventing one would mislead.
 */
export const findContractHandler = sandboxHandler(findContract, {
  example: { uuid: seedIds.mou.contractUuid },
  handle: (input, { state }) =>
    answer(lookupContract(state, input), (contract) => ({ contract: toFindView(state, contract) })),
});

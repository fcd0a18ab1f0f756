import type { findContract } from '@esign-kit/core';
import { prixError } from '../vendorErrors.js';
import { type SandboxHandler, succeed } from './types.js';

/**
 * The reference documents a format rule only for *customer* keys (≤ 40 letters, digits, `-`,
 * `_`; §1.4, §6.3), yet the find page answers a bad contract `customKey` with
 * `INVALID_CUSTOMER_CUSTOM_KEY`. The sandbox therefore applies the customer rule to contract keys:
 * it is the only documented one.
 */
const customKeyRule = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * `GET contracts/find` (reference §2.2): a contract and its e-signature, by `uuid` or `customKey`.
 *
 * `includeParticipantRequirements` is accepted and ignored: the reference does not show the
 * shape of the attachments it adds, so inventing one would mislead.
 */
export const findContractHandler: SandboxHandler<typeof findContract> = (input, { state }) => {
  if (input.customKey !== undefined && !customKeyRule.test(input.customKey)) {
    return prixError('INVALID_CUSTOMER_CUSTOM_KEY');
  }
  // UUIDs compare case-insensitively, as they would in Prix's database; custom keys do not.
  const uuid = input.uuid?.toLowerCase();
  const contract = state.contracts.find((candidate) =>
    uuid !== undefined ? candidate.uuid === uuid : candidate.customKey === input.customKey,
  );
  // The reference lists no "contract not found" code; NOT_FOUND_CUSTOMER is the 404 its find
  // page documents, so that is what a missing contract gets.
  if (!contract) return prixError('NOT_FOUND_CUSTOMER');
  return succeed({ contract });
};

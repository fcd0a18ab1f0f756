import { setContractTags } from '@esign-kit/core/server';
import { replaceContractTags } from '../domain/contracts.js';
import { seedIds } from '../seed/index.js';
import { sandboxHandler } from './types.js';

/**
 * `PATCH contracts/{uuid}` (reference §4.5): replaces the contract's tags and answers
 * `{ ok: true }` with no `data` at all, as documented. An unknown tag id is
 * `400 SANDBOX_INVALID_REQUEST` (the page documents no errors), a missing contract
 * `404 NOT_FOUND_CUSTOMER` as everywhere else.
 */
export const setContractTagsHandler = sandboxHandler(setContractTags, {
  example: { contractUuid: seedIds.mou.contractUuid, input: { tagIds: [2, 3] } },
  handle: (input, { state, now }) => {
    const result = replaceContractTags(state, input.contractUuid, input.input.tagIds, now());
    return result.ok ? { ok: true, data: undefined } : result;
  },
});

import { getContract } from '@esign-kit/core/server';
import { requireContract } from '../domain/contracts.js';
import { toLegacyView } from '../domain/contractViews.js';
import { seedIds } from '../seed/index.js';
import { prixError } from '../vendorErrors.js';
import { answer, sandboxHandler } from './types.js';

/**
 * `GET contracts/{uuid}` (deprecated, reference §2.12). The page has no error table; a missing
 * contract gets the same `404 NOT_FOUND_CUSTOMER` as `find`, and so does a `DELETED` one, which
 * this endpoint cannot print.
 */
export const getContractHandler = sandboxHandler(getContract, {
  example: { contractUuid: seedIds.concluded.contractUuid },
  handle: (input, { state }) => {
    const found = requireContract(state, input.contractUuid);
    if (found.ok && found.value.status === 'DELETED') return prixError('NOT_FOUND_CUSTOMER');
    return answer(found, (contract) => ({ contract: toLegacyView(contract) }));
  },
});

import { listContracts } from '@esign-kit/core/server';
import { queryContracts } from '../domain/contractQuery.js';
import { toSummaryView } from '../domain/contractViews.js';
import { sandboxHandler, succeed } from './types.js';

/**
 * `GET contracts` (reference §2.4): filtered and paged; see `queryContracts` for the choices the
 * reference left open. A malformed `customerCustomKeys` entry is `400 INVALID_CUSTOMER_CUSTOM_KEY`
 * (mapped from the input check, see `vendorValidation.ts`).
 */
export const listContractsHandler = sandboxHandler(listContracts, {
  example: { status: 'CREATED', tagIds: [2, 3], limit: 20 },
  handle: (input, { state, now }) => {
    const { total, page } = queryContracts(state, input, now());
    return succeed({ total, contracts: page.map(toSummaryView) });
  },
});

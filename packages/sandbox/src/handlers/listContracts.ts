import type { listContracts } from '@esign-kit/core/server';
import { queryContracts } from '../domain/contractQuery.js';
import { toSummaryView } from '../domain/contractViews.js';
import { type SandboxHandler, succeed } from './types.js';

/**
 * `GET contracts` (reference §2.4): filtered and paged; see `queryContracts` for the choices the
 * reference left open. A malformed `customerCustomKeys` entry is `400 INVALID_CUSTOMER_CUSTOM_KEY`
 * (mapped from the input check, see `vendorValidation.ts`).
 */
export const listContractsHandler: SandboxHandler<typeof listContracts> = (input, { state, now }) => {
  const { total, page } = queryContracts(state, input, now());
  return succeed({ total, contracts: page.map(toSummaryView) });
};

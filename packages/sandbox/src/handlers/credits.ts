import { creditStatus, listCreditUsages } from '@esign-kit/core/server';
import { creditStatusView, queryCreditUsages } from '../domain/credits.js';
import { sandboxHandler, succeed } from './types.js';

/** `GET credit-usages/status` (reference §5.5). `FAILED_GET_CREDIT` cannot happen in memory. */
export const creditStatusHandler = sandboxHandler(creditStatus, {
  example: {},
  handle: (_input, { state, now }) => succeed(creditStatusView(state, now())),
});

/** `GET credit-usages` (reference §5.4): newest first, by creation date, paged. */
export const listCreditUsagesHandler = sandboxHandler(listCreditUsages, {
  example: { createdAtAfter: '2025-01-01T00:00:00.000Z' },
  handle: (input, { state }) => {
    const { total, page } = queryCreditUsages(state, input);
    return succeed({ total, creditUsages: page });
  },
});

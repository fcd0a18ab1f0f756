import { listSignatures, signatureUsage } from '@esign-kit/core/server';
import { countSignatures, querySignatures } from '../domain/signatures.js';
import { sandboxHandler, succeed } from './types.js';

/** `GET signatures` (reference §2.6): newest first, by creation date, paged; rows in `data.data`. */
export const listSignaturesHandler = sandboxHandler(listSignatures, {
  example: { createdAtAfter: '2024-11-19T06:00:00.000Z' },
  handle: (input, { state }) => {
    const { total, page } = querySignatures(state, input);
    return succeed({
      total,
      data: page.map(({ uuid, title, expiredDate, status, createdAt }) => ({
        uuid,
        title,
        expiredDate,
        status,
        createdAt,
      })),
    });
  },
});

/** `GET signatures/usage` (reference §2.7): signatures created in the range, counted by status. */
export const signatureUsageHandler = sandboxHandler(signatureUsage, {
  example: { createdAtAfter: '2024-01-01T00:00:00.000Z' },
  handle: (input, { state }) => succeed(countSignatures(state, input)),
});

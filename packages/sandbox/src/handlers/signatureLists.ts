import type { listSignatures, signatureUsage } from '@esign-kit/core/server';
import { countSignatures, querySignatures } from '../domain/signatures.js';
import { type SandboxHandler, succeed } from './types.js';

/** `GET signatures` (reference §2.6): newest first, by creation date, paged; rows in `data.data`. */
export const listSignaturesHandler: SandboxHandler<typeof listSignatures> = (input, { state }) => {
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
};

/** `GET signatures/usage` (reference §2.7): signatures created in the range, counted by status. */
export const signatureUsageHandler: SandboxHandler<typeof signatureUsage> = (input, { state }) =>
  succeed(countSignatures(state, input));

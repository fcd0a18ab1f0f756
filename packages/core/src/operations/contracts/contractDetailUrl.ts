import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { pageUrlDataSchema, uuidSchema } from '../../schemas/common.js';
import { staleAfterContractPage } from '../pageStaleQueries.js';

const contractDetailUrlInputSchema = z.strictObject({
  /** The contract (path parameter). */
  contractUuid: uuidSchema,
});

export type ContractDetailUrlInput = z.input<typeof contractDetailUrlInputSchema>;
export const contractDetailUrlDataSchema = pageUrlDataSchema;
export type ContractDetailUrlData = z.infer<typeof contractDetailUrlDataSchema>;

/**
 * Get the URL of the Prix page showing a contract and its e-signature.
 *
 * `GET kit-api/v1/contracts/[contract uuid]/url` (reference §2.3). Prix says to open the URL in
 * a new tab or window; page URLs must never be cached.
 *
 * @example
 * ```ts
 * const { url } = await client.request(contractDetailUrl, { contractUuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a' })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const contractDetailUrl = defineOperation({
  id: 'contracts.detailUrl',
  method: 'GET',
  path: 'contracts/{contractUuid}/url',
  kind: 'page-url',
  summary: 'Get the URL of the page showing a contract and its e-signature.',
  reference: { section: '2.3', page: 'signature/manage' },
  page: {
    name: { ko: '계약서 상세', en: 'Contract details' },
    invalidates: staleAfterContractPage,
  },
  input: contractDetailUrlInputSchema,
  data: contractDetailUrlDataSchema,
  // NOT_FOUND_CUSTOMER is odd for this endpoint but is what the page lists.
  errors: ['UNAUTHORIZED_API_KEY', 'FORBIDDEN_USER', 'FORBIDDEN_BUSINESS', 'NOT_FOUND_CUSTOMER'],
});

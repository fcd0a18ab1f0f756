import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { pageUrlDataSchema, uuidSchema } from '../../schemas/common.js';
import { staleAfterContractPage } from '../pageStaleQueries.js';

const contractSignatureUrlInputSchema = z.strictObject({
  /** The registered contract (path parameter); it must not have an e-signature yet. */
  contractUuid: uuidSchema,
});

export type ContractSignatureUrlInput = z.input<typeof contractSignatureUrlInputSchema>;
export const contractSignatureUrlDataSchema = pageUrlDataSchema;
export type ContractSignatureUrlData = z.infer<typeof contractSignatureUrlDataSchema>;

/**
 * Get the URL of the Prix page that requests an e-signature on an already registered contract
 * (not usable when the contract already has one).
 *
 * `GET kit-api/v1/contracts/[contract uuid]/signature-url` (reference §2.11). Prix says to open
 * the URL in a new tab or window; page URLs must never be cached. No error table on the page.
 *
 * @example
 * ```ts
 * const { url } = await client.request(contractSignatureUrl, { contractUuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a' })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const contractSignatureUrl = defineOperation({
  id: 'contracts.signatureUrl',
  method: 'GET',
  path: 'contracts/{contractUuid}/signature-url',
  kind: 'page-url',
  summary: 'Get the URL of the page to request an e-signature on a registered contract.',
  reference: { section: '2.11', page: 'signature/create-with-contract' },
  page: {
    name: { ko: '전자서명 요청', en: 'Request e-signature' },
    invalidates: staleAfterContractPage,
  },
  input: contractSignatureUrlInputSchema,
  data: contractSignatureUrlDataSchema,
});

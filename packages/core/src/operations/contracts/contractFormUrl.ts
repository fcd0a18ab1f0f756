import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { pageUrlDataSchema } from '../../schemas/common.js';
import { staleAfterContractPage } from '../pageStaleQueries.js';
import { contractFormBodySchema } from './schemas.js';

const contractFormUrlInputSchema = z.strictObject({
  /** Pre-fills the page. The whole body is optional (reference §2.1). */
  input: z.optional(contractFormBodySchema),
});

export type ContractFormUrlInput = z.input<typeof contractFormUrlInputSchema>;
export const contractFormUrlDataSchema = pageUrlDataSchema;
export type ContractFormUrlData = z.infer<typeof contractFormUrlDataSchema>;

/**
 * Get the URL of the Prix page where a user uploads a contract, places the signature fields,
 * enters participants and requests the e-signature.
 *
 * `POST kit-api/v1/contracts/form-url` (reference §2.1). Prix says to open the URL in a new tab
 * or window; page URLs must never be cached (fetch one right before opening it). The error
 * table of this page was not readable, so `errors` is empty.
 *
 * @example
 * ```ts
 * const { url } = await client.request(contractFormUrl, {
 *   input: {
 *     option: { successUrl: 'https://example.com/contracts/done' },
 *     defaultValue: { customer: { customKey: 'A5-k159402' }, contract: { title: '솔루션 공급 계약서' } },
 *   },
 * })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const contractFormUrl = defineOperation({
  id: 'contracts.formUrl',
  method: 'POST',
  path: 'contracts/form-url',
  kind: 'page-url',
  summary: 'Get the URL of the page to register a contract and request its e-signature.',
  reference: { section: '2.1', page: 'signature/create-form-url' },
  page: {
    name: { ko: '계약서 등록', en: 'Contract registration' },
    // Reference §2.1: Prix sends the user here when the page is done.
    successUrlAt: ['input', 'option', 'successUrl'],
    invalidates: staleAfterContractPage,
  },
  input: contractFormUrlInputSchema,
  data: contractFormUrlDataSchema,
});

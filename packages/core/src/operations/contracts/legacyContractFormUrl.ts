import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { customerCustomKeySchema, httpUrlSchema, pageUrlDataSchema, positiveIntSchema } from '../../schemas/common.js';
import { staleAfterContractPage } from '../pageStaleQueries.js';

const legacyContractFormUrlInputSchema = z.strictObject({
  /** Where to go once the signature is created. @default the new contract's detail screen */
  successUrl: z.optional(httpUrlSchema),
  /** Customer to link to the new contract. */
  customerId: z.optional(positiveIntSchema),
  /** Same, by the customer's custom key. */
  customerCustomKey: z.optional(customerCustomKeySchema),
  /** Input to hide on the page; `customer` is the only value Prix documents. */
  disable: z.optional(z.enum(['customer'])),
});

export type LegacyContractFormUrlInput = z.input<typeof legacyContractFormUrlInputSchema>;
export const legacyContractFormUrlDataSchema = pageUrlDataSchema;
export type LegacyContractFormUrlData = z.infer<typeof legacyContractFormUrlDataSchema>;

/**
 * Get the URL of the contract registration / e-signature request page, configured by query
 * string.
 *
 * `GET kit-api/v1/contracts/form-url` (reference §2.13). Prix says to open the URL in a new tab
 * or window; page URLs must never be cached. The error table was cut off after its header.
 *
 * @deprecated Use {@link contractFormUrl} (`POST contracts/form-url`).
 *
 * @example
 * ```ts
 * const { url } = await client.request(legacyContractFormUrl, { customerId: 3, disable: 'customer' })
 * window.open(url, '_blank', 'noopener')
 * ```
 */
export const legacyContractFormUrl = defineOperation({
  id: 'contracts.formUrlLegacy',
  method: 'GET',
  path: 'contracts/form-url',
  kind: 'page-url',
  summary: 'Get the URL of the contract registration page (deprecated GET form).',
  reference: { section: '2.13', page: 'signature/create' },
  page: {
    name: { ko: '계약서 등록', en: 'Contract registration' },
    // Reference §2.13: Prix sends the user here when the page is done.
    successUrlAt: ['successUrl'],
    invalidates: staleAfterContractPage,
  },
  input: legacyContractFormUrlInputSchema,
  data: legacyContractFormUrlDataSchema,
  wireTypes: { customerId: 'number' },
  deprecated: 'Use contractFormUrl (POST contracts/form-url).',
});

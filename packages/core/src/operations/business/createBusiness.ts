import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { emailSchema } from '../../schemas/common.js';
import { businessConfigurationInputSchema, businessPasswordSchema, businessProfileInputSchema } from './schemas.js';

const createBusinessInputSchema = z.strictObject({
  input: z.strictObject({
    user: z.strictObject({
      /** The new business's user; also the requester e-mail of its e-signatures. */
      email: emailSchema,
      /** At least 8 characters, with letters and digits. */
      password: businessPasswordSchema,
    }),
    profile: businessProfileInputSchema,
    /** Settings. Named `customConfig` here but `configuration` in `updateBusiness`, as documented. */
    customConfig: z.optional(businessConfigurationInputSchema),
  }),
});

export type CreateBusinessInput = z.input<typeof createBusinessInputSchema>;

export const createBusinessDataSchema = z.object({
  /** The new business's own API key: store it, it is a credential. */
  apiKey: z.string(),
  uuid: z.string(),
});
export type CreateBusinessData = z.infer<typeof createBusinessDataSchema>;

/**
 * Create a business under your platform account; the response carries its own API key.
 * Server-only: the proxy never exposes it to browsers, call it with `createEsignServerClient`.
 *
 * `POST kit-api/v1/business` (reference §6.1). The error table was not readable.
 *
 * @example
 * ```ts
 * const { apiKey, uuid } = await serverClient.request(createBusiness, {
 *   input: { user: { email: 'owner@example.com', password: 'secret1234' }, profile: { name: 'ABC컴퍼니' } },
 * })
 * ```
 */
export const createBusiness = defineOperation({
  id: 'business.create',
  method: 'POST',
  path: 'business',
  kind: 'mutation',
  summary: 'Create a business under the platform account (returns its API key).',
  reference: { section: '6.1', page: 'platform/create-business' },
  input: createBusinessInputSchema,
  data: createBusinessDataSchema,
  serverOnly: true,
});

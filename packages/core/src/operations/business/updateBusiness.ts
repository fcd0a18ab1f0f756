import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { businessConfigurationInputSchema, businessProfileInputSchema, businessProfileSchema } from './schemas.js';

const updateBusinessInputSchema = z.strictObject({
  input: z
    .strictObject({
      profile: z.optional(businessProfileInputSchema),
      configuration: z.optional(businessConfigurationInputSchema),
    })
    .check(
      z.refine(
        (value) => value.profile !== undefined || value.configuration !== undefined,
        'Pass `profile`, `configuration` or both.',
      ),
    ),
});

export type UpdateBusinessInput = z.input<typeof updateBusinessInputSchema>;

export const updateBusinessDataSchema = z.object({
  profile: businessProfileSchema,
  configuration: z.object({ customerCustomName: z.nullish(z.string()) }),
});
export type UpdateBusinessData = z.infer<typeof updateBusinessDataSchema>;

/**
 * Change the profile and/or settings of the business the API key belongs to (described as
 * "a business created by the platform service"). `profile` and `configuration` are independent.
 *
 * `PATCH kit-api/v1/business` (reference §5.1, newest revision). An older revision documented
 * `POST kit-api/v1/business/profile` (profile only); define it with `defineOperation` if your
 * environment still needs it.
 *
 * @example
 * ```ts
 * await client.request(updateBusiness, {
 *   input: { profile: { name: '프릭스 컴퍼니', registrationNumber: '123-12-12345' }, configuration: { customerCustomName: '거래처' } },
 * })
 * ```
 */
export const updateBusiness = defineOperation({
  id: 'business.update',
  method: 'PATCH',
  path: 'business',
  kind: 'mutation',
  summary: "Change the business's profile and settings.",
  reference: { section: '5.1', page: 'business/update-business' },
  input: updateBusinessInputSchema,
  data: updateBusinessDataSchema,
  errors: ['MISSING_PROFILE_NAME', 'FAILED_UPDATE_PROFILE', 'NOT_FOUND_CONFIGURATION'],
});

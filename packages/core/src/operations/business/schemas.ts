import * as z from 'zod/mini';
import { nonEmptyStringSchema, registrationNumberSchema } from '../../schemas/common.js';

/** A business profile in a request body (§5.1, §6.1): `name` is required whenever it is sent. */
export const businessProfileInputSchema = z.strictObject({
  /** Company name (`MISSING_PROFILE_NAME` without it). */
  name: nonEmptyStringSchema,
  /** Business registration number, e.g. `123-12-12345`. */
  registrationNumber: z.optional(registrationNumberSchema),
  /** Representative. */
  ceo: z.optional(nonEmptyStringSchema),
  address: z.optional(nonEmptyStringSchema),
});

/** Business settings in a request body: the custom word for "customer" (e.g. 매장, 거래처). */
export const businessConfigurationInputSchema = z.strictObject({
  customerCustomName: z.optional(nonEmptyStringSchema),
});

/** The password of a new business's user: at least 8 characters, with letters and digits (§6.1). */
export const businessPasswordSchema = z
  .string()
  .check(
    z.refine(
      (value) => value.length >= 8 && /\p{L}/u.test(value) && /\d/.test(value),
      'A password needs at least 8 characters, with both letters and digits.',
    ),
  );

/** A business profile as Prix returns it. */
export const businessProfileSchema = z.object({
  name: z.string(),
  registrationNumber: z.nullish(z.string()),
  ceo: z.nullish(z.string()),
  address: z.nullish(z.string()),
});
export type BusinessProfile = z.infer<typeof businessProfileSchema>;

import * as z from 'zod/mini';
import {
  customerCustomKeySchema,
  emailSchema,
  nonEmptyStringSchema,
  positiveIntSchema,
  registrationNumberSchema,
} from '../../schemas/common.js';
import { openEnum } from '../../schemas/response.js';

/** What a customer-side contact handles: tax invoices, secondary tax invoices, contracts. */
export const customerManagerRoleSchema = z.enum(['TAX_BILL', 'SUB_TAX_BILL', 'CONTRACT']);
export type CustomerManagerRole = z.infer<typeof customerManagerRoleSchema>;

/** A customer id in a path: positive integer, sent as text (`wireTypes: { customerId: 'number' }`). */
export const customerIdSchema = positiveIntSchema;

/**
 * A customer's name: at most 40 characters, unique within the business. The reference allows
 * "Korean/English letters, digits, `-`, space, `_` etc.": the "etc." leaves the set open, so only
 * the length is checked.
 */
export const customerTitleSchema = z
  .string()
  .check(z.minLength(1, 'Must not be empty.'), z.maxLength(40, 'A customer title is at most 40 characters.'));

/**
 * A customer-side contact in a request body. Shown in the create example and the newest update
 * revision only (no field table), so every field is optional. Whether `managers` replaces or
 * merges on update is not stated.
 */
export const customerManagerInputSchema = z.strictObject({
  name: z.optional(nonEmptyStringSchema),
  email: z.optional(emailSchema),
  position: z.optional(z.string()),
  note: z.optional(z.string()),
  /** A phone number or another contact. */
  contact: z.optional(z.string()),
  roles: z.optional(z.array(customerManagerRoleSchema)),
});

/** The fields of a customer in create and update bodies (§6.3, §6.6); all optional here. */
export const customerFieldsShape = {
  /** At most 40 letters, digits, `-` or `_`; unique within the business. */
  customKey: z.optional(customerCustomKeySchema),
  /** Representative. */
  ceo: z.optional(nonEmptyStringSchema),
  /** 10 digits (foreign companies up to 15). */
  registrationNumber: z.optional(registrationNumberSchema),
  address: z.optional(nonEmptyStringSchema),
  /** Business type (업태), e.g. 정보통신업. Shown in the example only on create. */
  industry: z.optional(nonEmptyStringSchema),
  /** Business category (업종). Shown in the example only on create. */
  category: z.optional(nonEmptyStringSchema),
  managers: z.optional(z.array(customerManagerInputSchema)),
};

/** A customer-side contact as Prix returns it (seen in the list and update examples). */
export const customerManagerSchema = z.object({
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  position: z.nullish(z.string()),
  note: z.nullish(z.string()),
  contact: z.nullish(z.string()),
  roles: z.nullish(z.array(openEnum(['TAX_BILL', 'SUB_TAX_BILL', 'CONTRACT']))),
});
export type CustomerManager = z.infer<typeof customerManagerSchema>;

/**
 * A customer (고객), §6.4. Only `id`, `title` and `customKey` are always there (the list's second
 * example item has nothing else); `managers` appears in the list and update examples only.
 */
export const customerSchema = z.object({
  id: z.number(),
  title: z.string(),
  customKey: z.nullish(z.string()),
  ceo: z.nullish(z.string()),
  registrationNumber: z.nullish(z.string()),
  address: z.nullish(z.string()),
  industry: z.nullish(z.string()),
  category: z.nullish(z.string()),
  managers: z.nullish(z.array(customerManagerSchema)),
});
export type Customer = z.infer<typeof customerSchema>;

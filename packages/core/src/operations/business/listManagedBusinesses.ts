import * as z from 'zod/mini';
import { defineOperation } from '../../operation.js';
import { paginationShape, paginationWireTypes } from '../../schemas/common.js';

const listManagedBusinessesInputSchema = z.strictObject({ ...paginationShape });

export type ListManagedBusinessesInput = z.input<typeof listManagedBusinessesInputSchema>;

/** A business created by this platform, with its API key. */
export const managedBusinessSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  registrationNumber: z.nullish(z.string()),
  ceo: z.nullish(z.string()),
  address: z.nullish(z.string()),
  createdAt: z.string(),
  /** That business's API key (a credential). */
  apiKey: z.string(),
  /** The business's word for "customer". */
  customerCustomName: z.nullish(z.string()),
  users: z.array(z.object({ name: z.string(), email: z.string() })),
});
export type ManagedBusiness = z.infer<typeof managedBusinessSchema>;

export const listManagedBusinessesDataSchema = z.object({
  total: z.number(),
  businessList: z.array(managedBusinessSchema),
});
export type ListManagedBusinessesData = z.infer<typeof listManagedBusinessesDataSchema>;

/**
 * List the businesses this platform created, with their API keys. Server-only: the proxy never
 * exposes it to browsers, call it with `createEsignServerClient`.
 *
 * `GET kit-api/v1/business/managing` (reference §6.2). No error table on the page.
 *
 * @example
 * ```ts
 * const { businessList } = await serverClient.request(listManagedBusinesses, { limit: 100 })
 * ```
 */
export const listManagedBusinesses = defineOperation({
  id: 'business.managing',
  method: 'GET',
  path: 'business/managing',
  kind: 'query',
  summary: 'List the businesses this platform created (with their API keys).',
  reference: { section: '6.2', page: 'platform/managed-business' },
  input: listManagedBusinessesInputSchema,
  data: listManagedBusinessesDataSchema,
  wireTypes: paginationWireTypes,
  serverOnly: true,
});

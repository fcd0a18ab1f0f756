import * as z from 'zod/mini';

/**
 * Response-only building blocks: the tolerant-reader rule for what Prix sends back. A field
 * whose presence or nullability the reference leaves open is `z.nullish(…)` (absent and `null`
 * both read as "no value"); an enum Prix may extend is an {@link openEnum}. Input schemas stay
 * strict: they decide what we send, not what we accept.
 */

/**
 * An enum Prix may extend (a status, a type): the documented values are typed, and any other
 * string is accepted too, so a new value from Prix never fails an answer. The type is the known
 * union plus `string & {}`, which keeps editor completion for the known values.
 *
 * @example
 * ```ts
 * const statusSchema = openEnum(['CREATED', 'CONCLUDED'])
 * type Status = z.infer<typeof statusSchema> // 'CREATED' | 'CONCLUDED' | (string & {})
 * ```
 */
export function openEnum<const T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodMiniType<T[number] | (string & {}), unknown> {
  // A union (not a bare string) so that tools walking the schema (the sandbox's variance mode)
  // still see the documented values.
  return z.union([z.enum(values), z.string()]);
}

/** A contract status as Prix prints it (§2.2: `DELETED` only in `find`), open to new values. */
export const contractStatusResponseSchema = openEnum(['CREATED', 'CONCLUDED', 'DELETED']);
/** The statuses every endpoint but `find` prints, open to new values. */
export const activeContractStatusResponseSchema = openEnum(['CREATED', 'CONCLUDED']);
/** A contract type as Prix prints it, open to new values. */
export const contractTypeResponseSchema = openEnum(['NEW', 'RENEWAL']);
/** An e-signature status as Prix prints it, open to new values. */
export const signatureStatusResponseSchema = openEnum(['CREATED', 'WAITING', 'DONE', 'CANCELED']);

/** `limit` + `offset` as the list endpoints take them (already validated: 1–100, ≥ 0). */
export interface PageRequest {
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Prix's page size when `limit` is left out (reference §1.7). */
export const defaultLimit = 10;

/**
 * One page of `rows`, with `total` counting every row before paging (reference §1.7).
 *
 * @example
 * ```ts
 * paginate([1, 2, 3], { limit: 2, offset: 1 }) // { total: 3, page: [2, 3] }
 * ```
 */
export function paginate<T>(rows: readonly T[], request: PageRequest): { total: number; page: T[] } {
  const offset = request.offset ?? 0;
  return { total: rows.length, page: rows.slice(offset, offset + (request.limit ?? defaultLimit)) };
}

/**
 * Whether an ISO date falls within `after`…`before`. Both bounds are inclusive: the reference
 * names them `…After` / `…Before` without saying, and inclusive keeps an exact timestamp findable.
 * A missing date never matches a range that has a bound.
 */
export function inDateRange(value: string | null, after?: string, before?: string): boolean {
  if (after === undefined && before === undefined) return true;
  if (value === null) return false;
  const time = Date.parse(value);
  if (after !== undefined && time < Date.parse(after)) return false;
  if (before !== undefined && time > Date.parse(before)) return false;
  return true;
}

/**
 * Text filters of the list endpoints ("filter by contract title" and the like). Prix does not
 * say whether they match exactly or partially; the sandbox matches a part, ignoring case: the
 * forgiving reading, under which a full value still matches.
 */
export function includesText(value: string | null | undefined, needle: string): boolean {
  return value?.toLowerCase().includes(needle.toLowerCase()) ?? false;
}

/** Newest first, by an ISO date; ties by descending numeric id. */
export function byNewest<T extends { createdAt: string; id: number }>(a: T, b: T): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id;
}

import type { EsignClient } from '../client/createEsignClient.js';
import type { AnyOperationRoute, OperationData, OperationInput } from '../operation.js';
import { operationQueryOptions } from './operationOptions.js';

/** Rows per page when `limit` is left out: Prix applies 10 (reference §1.7). */
export const defaultPageSize = 10;

/**
 * Keeps the page on screen while the next one loads: pass it as `placeholderData`. The same
 * identity function as TanStack Query's `keepPreviousData`, defined here because core imports no
 * framework. Every list factory sets it; `isPlaceholderData` tells you the rows are the old page.
 *
 * @example
 * ```ts
 * useQuery({ ...operationQueryOptions(client, listCustomers, { offset }), placeholderData: keepPreviousPage })
 * ```
 */
export function keepPreviousPage<TData>(previousData: TData | undefined): TData | undefined {
  return previousData;
}

/** Where a page sits in a list: the `total` of a response, and the `limit`/`offset` asked for. */
export interface PagePosition {
  /** Rows in the whole list, as the response's `total` says. */
  total: number;
  /** Rows per page. @default 10 (Prix's default) */
  limit?: number | undefined;
  /** Rows skipped. @default 0 */
  offset?: number | undefined;
}

/** Everything a pager needs to render, from {@link pageInfo}. */
export interface PageInfo {
  /** 1-based number of the page starting at `offset`. */
  page: number;
  /** Pages needed for `total` rows; at least 1 (an empty list is one empty page). */
  pageCount: number;
  hasNext: boolean;
  hasPrevious: boolean;
  /** `offset` of the next page; `undefined` on the last page (what `getNextPageParam` returns). */
  nextOffset: number | undefined;
  /** `offset` of the previous page; `undefined` on the first. Never below 0. */
  previousOffset: number | undefined;
}

/**
 * Turns a list response's `total` and the request's `limit`/`offset` into a pager's state.
 *
 * @throws RangeError when `limit` is not a positive integer or `offset` is negative (a pager
 * would loop forever on `limit: 0`).
 *
 * @example
 * ```tsx
 * const [offset, setOffset] = useState(0)
 * const { data } = useCustomers({ limit: 20, offset })
 * const page = data && pageInfo({ total: data.total, limit: 20, offset })
 * <button disabled={!page?.hasNext} onClick={() => setOffset(page?.nextOffset ?? offset)}>다음</button>
 * ```
 */
export function pageInfo({ total, limit = defaultPageSize, offset = 0 }: PagePosition): PageInfo {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`pageInfo: \`limit\` must be a positive integer, got ${limit}.`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError(`pageInfo: \`offset\` must be a non-negative integer, got ${offset}.`);
  }
  const hasNext = offset + limit < total;
  const hasPrevious = offset > 0;
  return {
    page: Math.floor(offset / limit) + 1,
    pageCount: Math.max(1, Math.ceil(total / limit)),
    hasNext,
    hasPrevious,
    nextOffset: hasNext ? offset + limit : undefined,
    previousOffset: hasPrevious ? Math.max(0, offset - limit) : undefined,
  };
}

/**
 * {@link operationQueryOptions} for a paginated list: the same key and fetcher, plus
 * `placeholderData: keepPreviousPage` so changing `offset` keeps the old rows until the new ones
 * arrive. The list factories (`contractsQueryOptions`, `customersQueryOptions`…) are this.
 *
 * @example
 * ```ts
 * const options = listQueryOptions(client, listSignatures, { limit: 20, offset: 40 })
 * ```
 */
export function listQueryOptions<TOperation extends AnyOperationRoute>(
  client: EsignClient,
  operation: TOperation,
  input: OperationInput<TOperation>,
) {
  return {
    ...operationQueryOptions(client, operation, input),
    placeholderData: keepPreviousPage<OperationData<TOperation>>,
  };
}

import type { AnyOperationRoute, OperationData } from '../operation.js';
import {
  findContractRoute,
  getContractRoute,
  getCustomerRoute,
  getTemplateRoute,
} from '../operations/routes.generated.js';
import { type CachedQueryLike, isOperationQuery } from './queryKeys.js';

// The pieces the mutation factories build their `invalidates` predicates from. Each reads only
// the query key (`['esign-kit', operationId, input, 'infinite'?]`) and the cached data.

/** True when the query belongs to any of `operations` (infinite variants included). */
export function isQueryOf(query: CachedQueryLike, operations: readonly AnyOperationRoute[]): boolean {
  return operations.some((operation) => isOperationQuery(query, operation));
}

/** The input the query was made with (third key element); `{}` when there is none. */
export function keyInput(query: CachedQueryLike): Readonly<Record<string, unknown>> {
  const input = query.queryKey[2];
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
}

/**
 * The cached data of a (non-infinite) query of `operation`, typed; `undefined` for another
 * operation, an infinite query (its data is `{ pages }`) or a query that has no data yet.
 */
export function cachedData<TOperation extends AnyOperationRoute>(
  query: CachedQueryLike,
  operation: TOperation,
): OperationData<TOperation> | undefined {
  if (!isOperationQuery(query, operation) || query.queryKey.length !== 3) return undefined;
  return query.state.data as OperationData<TOperation> | undefined;
}

/** A `findContract` query of the contract: its `uuid` is in the key or in the data. */
export function findsContract(query: CachedQueryLike, contractUuid: string): boolean {
  return (
    isOperationQuery(query, findContractRoute) &&
    (keyInput(query).uuid === contractUuid || cachedData(query, findContractRoute)?.contract.uuid === contractUuid)
  );
}

/** A contract query (`findContract`, deprecated `getContract`) whose data shows the e-signature. */
export function showsSignature(query: CachedQueryLike, signatureUuid: string): boolean {
  const contract = (cachedData(query, findContractRoute) ?? cachedData(query, getContractRoute))?.contract;
  return contract?.signature?.uuid === signatureUuid;
}

/** A `findContract` query whose data lists the customer among the contract's customers. */
export function showsCustomerOnContract(query: CachedQueryLike, customerId: number): boolean {
  return (
    cachedData(query, findContractRoute)?.contract.customers.some((customer) => customer.id === customerId) ?? false
  );
}

/** A `getCustomer` query of the customer: its id is in the key or in the data. */
export function getsCustomer(query: CachedQueryLike, customerId: number): boolean {
  return (
    isOperationQuery(query, getCustomerRoute) &&
    (keyInput(query).customerId === customerId || cachedData(query, getCustomerRoute)?.id === customerId)
  );
}

/**
 * A `getTemplate` query of the template, whether it was asked for by id or by slug: the key is
 * compared as text (`4328` and `'4328'` are the same request), the data by `id` and `slug`.
 */
export function getsTemplate(query: CachedQueryLike, templateKey: number | string): boolean {
  if (!isOperationQuery(query, getTemplateRoute)) return false;
  const key = String(templateKey);
  const data = cachedData(query, getTemplateRoute);
  if (String(keyInput(query).templateKey) === key) return true;
  return data !== undefined && (String(data.id) === key || data.slug === key);
}

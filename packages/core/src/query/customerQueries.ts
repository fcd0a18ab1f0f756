import type { EsignClient } from '../client/createEsignClient.js';
import type { GetCustomerInput } from '../operations/customers/getCustomer.js';
import type { ListCustomersInput } from '../operations/customers/listCustomers.js';
import {
  createCustomerRoute,
  deleteCustomerRoute,
  getCustomerRoute,
  listContractsRoute,
  listCustomersRoute,
  updateCustomerRoute,
} from '../operations/routes.generated.js';
import { operationMutationOptions, operationQueryOptions, type QueryRemovingContext } from './operationOptions.js';
import { listQueryOptions } from './pagination.js';
import { type CachedQueryLike, isOperationQuery } from './queryKeys.js';
import { getsCustomer, keyInput, showsCustomerOnContract } from './queryMatchers.js';

/**
 * Query options for one page of the customer list (`GET customers`), or a lookup by
 * `customKey`. The previous page stays shown while the next loads.
 *
 * @example
 * ```ts
 * const { data } = useQuery(customersQueryOptions(client, { limit: 20, offset: 0 }))
 * ```
 */
export function customersQueryOptions(client: EsignClient, input: ListCustomersInput) {
  return listQueryOptions(client, listCustomersRoute, input);
}

/**
 * Query options for one customer by numeric id.
 *
 * @example
 * ```ts
 * const { data } = useQuery(customerQueryOptions(client, { customerId: 1 }))
 * ```
 */
export function customerQueryOptions(client: EsignClient, input: GetCustomerInput) {
  return operationQueryOptions(client, getCustomerRoute, input);
}

/** A contract list whose filters name customers by title or custom key (not by id). */
function filtersByCustomerName(query: CachedQueryLike): boolean {
  const input = keyInput(query);
  return input.customer !== undefined || input.customerCustomKeys !== undefined;
}

/**
 * Mutation options for creating a customer. After success these are refetched, and nothing
 * else:
 * - every customer list (a new row, a new `total`; a `customKey` lookup may find it now);
 * - a `getCustomer` of the new id, and contract lists filtered by the new `customKey` (either
 *   may have failed before the customer existed).
 *
 * Not refetched: contracts (a new customer is linked to none), templates, signatures.
 *
 * @example
 * ```ts
 * const create = useMutation(createCustomerMutationOptions(client))
 * create.mutate({ input: { title: 'ABC컴퍼니', customKey: 'A5-k159402' } })
 * ```
 */
export function createCustomerMutationOptions(client: EsignClient) {
  return operationMutationOptions(client, createCustomerRoute, {
    invalidates: (query, _input, customer) => {
      if (isOperationQuery(query, listCustomersRoute)) return true;
      if (isOperationQuery(query, listContractsRoute)) {
        const keys = keyInput(query).customerCustomKeys;
        return Array.isArray(keys) && customer.customKey !== null && keys.includes(customer.customKey);
      }
      return getsCustomer(query, customer.id);
    },
  });
}

/**
 * Mutation options for changing a customer. After success these are refetched, and nothing
 * else:
 * - that customer's `getCustomer` (by id in the key or in the data);
 * - every customer list (rows show the customer; a `customKey` lookup may match differently);
 * - the `findContract` queries whose contract lists this customer (contracts show each linked
 *   customer's `title` and `customKey`);
 * - contract lists filtered by customer name (`customer`) or `customerCustomKeys`, whose rows
 *   depend on the customer's title and key. Contract list rows do not show customers, so other
 *   contract lists are left alone.
 *
 * @example
 * ```ts
 * const update = useMutation(updateCustomerMutationOptions(client))
 * update.mutate({ customerId: 1, input: { title: '파트너 고객사' } })
 * ```
 */
export function updateCustomerMutationOptions(client: EsignClient) {
  return operationMutationOptions(client, updateCustomerRoute, {
    invalidates: (query, input) =>
      getsCustomer(query, input.customerId) ||
      isOperationQuery(query, listCustomersRoute) ||
      showsCustomerOnContract(query, input.customerId) ||
      (isOperationQuery(query, listContractsRoute) && filtersByCustomerName(query)),
  });
}

/**
 * Mutation options for deleting a customer. After success, that customer's `getCustomer`
 * queries are removed from the cache (refetching them could only fail with
 * `NOT_FOUND_CUSTOMER`), and these are refetched, and nothing else:
 * - every customer list;
 * - the `findContract` queries whose contract lists this customer;
 * - contract lists filtered by customer: by name, by `customerCustomKeys`, by `customerIds`
 *   that include this customer, or `hasNoCustomer` (its contracts may have no customer left).
 *
 * Needs a client with `removeQueries` in the mutation context (TanStack's `QueryClient`).
 *
 * @example
 * ```ts
 * const remove = useMutation(deleteCustomerMutationOptions(client))
 * remove.mutate({ customerId: 1 })
 * ```
 */
export function deleteCustomerMutationOptions(client: EsignClient) {
  const base = operationMutationOptions(client, deleteCustomerRoute, {
    invalidates: (query, input) => {
      if (isOperationQuery(query, listCustomersRoute)) return true;
      if (isOperationQuery(query, listContractsRoute)) {
        const { customerIds, hasNoCustomer } = keyInput(query);
        return (
          filtersByCustomerName(query) ||
          hasNoCustomer !== undefined ||
          (Array.isArray(customerIds) && customerIds.includes(input.customerId))
        );
      }
      return showsCustomerOnContract(query, input.customerId);
    },
  });
  return {
    ...base,
    onSuccess: async (
      data: Parameters<typeof base.onSuccess>[0],
      input: Parameters<typeof base.onSuccess>[1],
      onMutateResult: unknown,
      context: QueryRemovingContext,
    ): Promise<void> => {
      context.client.removeQueries({ predicate: (query) => getsCustomer(query, input.customerId) });
      await base.onSuccess(data, input, onMutateResult, context);
    },
  };
}

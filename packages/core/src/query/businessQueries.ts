import type { EsignClient } from '../client/createEsignClient.js';
import type { CreditStatusInput } from '../operations/business/creditStatus.js';
import type { ListCreditUsagesInput } from '../operations/business/listCreditUsages.js';
import { creditStatusRoute, listCreditUsagesRoute, updateBusinessRoute } from '../operations/routes.generated.js';
import { operationMutationOptions, operationQueryOptions } from './operationOptions.js';
import { listQueryOptions } from './pagination.js';

// `listManagedBusinesses` and `createBusiness` get no factories: they are server-only (they
// carry other businesses' API keys), and a browser client refuses them.

/**
 * Query options for the business's credit balance and next renewal date.
 *
 * @example
 * ```ts
 * const { data } = useQuery(creditStatusQueryOptions(client, {}))
 * data?.credit.remainingCount
 * ```
 */
export function creditStatusQueryOptions(client: EsignClient, input: CreditStatusInput) {
  return operationQueryOptions(client, creditStatusRoute, input);
}

/**
 * Query options for one page of the credit usage history, optionally by date. The previous page
 * stays shown while the next loads.
 *
 * @example
 * ```ts
 * const { data } = useQuery(creditUsagesQueryOptions(client, { createdAtAfter: '2024-11-01T00:00:00.000Z' }))
 * ```
 */
export function creditUsagesQueryOptions(client: EsignClient, input: ListCreditUsagesInput) {
  return listQueryOptions(client, listCreditUsagesRoute, input);
}

/**
 * Mutation options for changing the business's profile and settings. Refetches nothing: no
 * query a browser can make shows the business profile or `customerCustomName` (the one that
 * lists businesses, `listManagedBusinesses`, is server-only and answers for the platform's own
 * key). Read the new values from the mutation's `data`.
 *
 * @example
 * ```ts
 * const update = useMutation(updateBusinessMutationOptions(client))
 * update.mutate({ input: { configuration: { customerCustomName: '거래처' } } })
 * ```
 */
export function updateBusinessMutationOptions(client: EsignClient) {
  return operationMutationOptions(client, updateBusinessRoute);
}

import type { EsignClient } from '../client/createEsignClient.js';
import { isEsignKitError } from '../errors/EsignKitError.js';
import type { ConcludedFilesInput } from '../operations/contracts/concludedFiles.js';
import type { FindContractData, FindContractInput } from '../operations/contracts/findContract.js';
import type { ListContractsData, ListContractsInput } from '../operations/contracts/listContracts.js';
import {
  concludedFilesRoute,
  findContractRoute,
  listContractsRoute,
  sendReminderRoute,
} from '../operations/routes.generated.js';
import { operationMutationOptions, operationQueryOptions, shouldRetry } from './operationOptions.js';
import { defaultPageSize, listQueryOptions, pageInfo } from './pagination.js';
import { esignKeys, isOperationQuery } from './queryKeys.js';

/**
 * Query options for one contract, by `uuid` or `customKey`.
 *
 * @example
 * ```ts
 * const { data } = useQuery(contractQueryOptions(client, { uuid }))
 * ```
 */
export function contractQueryOptions(client: EsignClient, input: FindContractInput) {
  return operationQueryOptions(client, findContractRoute, input);
}

// The deprecated `getContract` gets no factory of its own: `operationQueryOptions(client,
// getContract, input)` still works, but new code should look contracts up with `findContract`.

/**
 * Query options for one page of the contract list (`GET contracts`), filtered by `input`. Paged
 * with `limit`/`offset`; the previous page stays shown while the next loads (`placeholderData`).
 *
 * @example
 * ```ts
 * const { data } = useQuery(contractsQueryOptions(client, { status: 'CONCLUDED', limit: 20, offset: 40 }))
 * ```
 */
export function contractsQueryOptions(client: EsignClient, input: ListContractsInput) {
  return listQueryOptions(client, listContractsRoute, input);
}

/**
 * Infinite-query options for the contract list: each page asks for `limit` rows (Prix's 10 when
 * left out) at the next `offset`, until `total` rows are loaded. The key ends with `'infinite'`,
 * so it never shares a cache entry with {@link contractsQueryOptions} of the same filters, and
 * mutations that invalidate contract lists refetch it too.
 *
 * @example
 * ```ts
 * const contracts = useInfiniteQuery(contractsInfiniteQueryOptions(client, { status: 'CREATED', limit: 20 }))
 * contracts.fetchNextPage()
 * ```
 */
export function contractsInfiniteQueryOptions(client: EsignClient, input: Omit<ListContractsInput, 'offset'>) {
  const limit = input.limit ?? defaultPageSize;
  return {
    queryKey: esignKeys.infinite(listContractsRoute, input),
    queryFn: ({ pageParam, signal }: { pageParam: number; signal?: AbortSignal }): Promise<ListContractsData> =>
      client.request(listContractsRoute, { ...input, offset: pageParam }, signal ? { signal } : {}),
    initialPageParam: 0,
    getNextPageParam: (lastPage: ListContractsData, _allPages: unknown, lastPageParam: number): number | undefined =>
      pageInfo({ total: lastPage.total, limit, offset: lastPageParam }).nextOffset,
    retry: shouldRetry,
  };
}

/** How often a concluded contract's certificate is asked for again while Prix is still making it. */
const certificateAttempts = 3;

/**
 * Retries what {@link shouldRetry} retries, and also `SIGNATURE_CERTIFICATE_NOT_READY` (right
 * after conclusion Prix needs a moment to make the certificate), up to three times with
 * TanStack's growing delay.
 */
export function retryUntilCertificateReady(failureCount: number, error: unknown): boolean {
  if (isEsignKitError(error) && error.errorCode === 'SIGNATURE_CERTIFICATE_NOT_READY') {
    return failureCount < certificateAttempts;
  }
  return shouldRetry(failureCount, error);
}

/**
 * Query options for the download URLs of a concluded contract and its audit-trail certificate,
 * by `uuid` or `customKey`. Waits out `SIGNATURE_CERTIFICATE_NOT_READY` with a few retries. The
 * URLs are valid for 30 minutes: any refetch (mount, window focus) gets fresh ones.
 *
 * @example
 * ```ts
 * const { data } = useQuery(concludedFilesQueryOptions(client, { customKey: 'a4-k1234' }))
 * ```
 */
export function concludedFilesQueryOptions(client: EsignClient, input: ConcludedFilesInput) {
  return { ...operationQueryOptions(client, concludedFilesRoute, input), retry: retryUntilCertificateReady };
}

/**
 * Mutation options for sending a reminder. After success, the contract queries that show this
 * signature are refetched, so participants' statuses are the server's, not a guess.
 *
 * @example
 * ```ts
 * const send = useMutation(sendReminderMutationOptions(client))
 * send.mutate({ signatureUuid, participantUuid })
 * ```
 */
export function sendReminderMutationOptions(client: EsignClient) {
  return operationMutationOptions(client, sendReminderRoute, {
    invalidates: (query, input) =>
      isOperationQuery(query, findContractRoute) &&
      (query.state.data as FindContractData | undefined)?.contract.signature?.uuid === input.signatureUuid,
  });
}

import type { EsignClient } from '../client/createEsignClient.js';
import { listContractsRoute, listContractTagsRoute, setContractTagsRoute } from '../operations/routes.generated.js';
import type { ListContractTagsInput } from '../operations/tags/listContractTags.js';
import { operationMutationOptions, operationQueryOptions } from './operationOptions.js';
import { isOperationQuery } from './queryKeys.js';
import { findsContract } from './queryMatchers.js';

/**
 * Query options for the business's contract tags. Note the vendor's shape: `data` is the array
 * of tags itself.
 *
 * @example
 * ```ts
 * const { data: tags } = useQuery(contractTagsQueryOptions(client, {}))
 * ```
 */
export function contractTagsQueryOptions(client: EsignClient, input: ListContractTagsInput) {
  return operationQueryOptions(client, listContractTagsRoute, input);
}

/**
 * Mutation options for setting the tags of a contract (Prix answers no data: the mutation
 * resolves to `undefined`). After success these are refetched, and nothing else:
 * - the `findContract` queries of that contract, by `uuid` in the key or in the data (its
 *   `updatedAt`);
 * - every contract list (the `tagIds` filter picks other rows now, and rows show `updatedAt`).
 *
 * Not refetched: the tag list (tags themselves do not change), the deprecated `getContract`
 * (it shows neither tags nor `updatedAt`), templates, signatures.
 *
 * @example
 * ```ts
 * const setTags = useMutation(setContractTagsMutationOptions(client))
 * setTags.mutate({ contractUuid, input: { tagIds: [2, 3] } })
 * ```
 */
export function setContractTagsMutationOptions(client: EsignClient) {
  return operationMutationOptions(client, setContractTagsRoute, {
    invalidates: (query, input) =>
      findsContract(query, input.contractUuid) || isOperationQuery(query, listContractsRoute),
  });
}

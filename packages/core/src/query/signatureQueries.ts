import type { EsignClient } from '../client/createEsignClient.js';
import {
  cancelSignatureRoute,
  listContractsRoute,
  listSignaturesRoute,
  signatureUsageRoute,
} from '../operations/routes.generated.js';
import type { ListSignaturesInput } from '../operations/signatures/listSignatures.js';
import type { SignatureUsageInput } from '../operations/signatures/signatureUsage.js';
import { operationMutationOptions, operationQueryOptions } from './operationOptions.js';
import { listQueryOptions } from './pagination.js';
import { isQueryOf, showsSignature } from './queryMatchers.js';

/**
 * Query options for one page of the e-signature list (`GET signatures`). Note the vendor's
 * naming: the rows are in `data.data`. The previous page stays shown while the next loads.
 *
 * @example
 * ```ts
 * const { data } = useQuery(signaturesQueryOptions(client, { createdAtAfter: '2024-11-01T00:00:00.000Z', limit: 20 }))
 * data?.data.map((signature) => signature.status)
 * ```
 */
export function signaturesQueryOptions(client: EsignClient, input: ListSignaturesInput) {
  return listQueryOptions(client, listSignaturesRoute, input);
}

/**
 * Query options for the count of e-signatures by status (`GET signatures/usage`), optionally
 * within a creation-date range.
 *
 * @example
 * ```ts
 * const { data } = useQuery(signatureUsageQueryOptions(client, {}))
 * data?.waiting
 * ```
 */
export function signatureUsageQueryOptions(client: EsignClient, input: SignatureUsageInput) {
  return operationQueryOptions(client, signatureUsageRoute, input);
}

/**
 * Mutation options for canceling an e-signature. After success these are refetched, and
 * nothing else:
 * - the contract queries (`findContract`, deprecated `getContract`) whose data shows this
 *   signature: its status is now `CANCELED`;
 * - every contract list and every signature list: their rows show signature statuses, and which
 *   page holds the row is the server's business (a list not yet loaded counts too);
 * - every signature usage count (one moves from `waiting` or `created` to `canceled`).
 *
 * Not refetched: templates (whether a canceled signature still counts in `signatureCount` is not
 * documented), credits (a refund is not documented), customers, tags, concluded files.
 *
 * @example
 * ```ts
 * const cancel = useMutation(cancelSignatureMutationOptions(client))
 * cancel.mutate({ signatureUuid })
 * ```
 */
export function cancelSignatureMutationOptions(client: EsignClient) {
  return operationMutationOptions(client, cancelSignatureRoute, {
    invalidates: (query, input) =>
      showsSignature(query, input.signatureUuid) ||
      isQueryOf(query, [listContractsRoute, listSignaturesRoute, signatureUsageRoute]),
  });
}

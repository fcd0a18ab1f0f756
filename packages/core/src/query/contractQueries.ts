import type { EsignClient } from '../client/createEsignClient.js';
import { type FindContractData, type FindContractInput, findContract } from '../operations/contracts/findContract.js';
import { sendReminder } from '../operations/signatures/sendReminder.js';
import { operationMutationOptions, operationQueryOptions } from './operationOptions.js';
import { isOperationQuery } from './queryKeys.js';

/**
 * Query options for one contract, by `uuid` or `customKey`.
 *
 * @example
 * ```ts
 * const { data } = useQuery(contractQueryOptions(client, { uuid }))
 * ```
 */
export function contractQueryOptions(client: EsignClient, input: FindContractInput) {
  return operationQueryOptions(client, findContract, input);
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
  return operationMutationOptions(client, sendReminder, {
    invalidates: (query, input) =>
      isOperationQuery(query, findContract) &&
      (query.state.data as FindContractData | undefined)?.contract.signature?.uuid === input.signatureUuid,
  });
}

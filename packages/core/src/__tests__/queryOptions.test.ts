import { describe, expect, it, vi } from 'vitest';
import { createEsignClient } from '../client/createEsignClient.js';
import { EsignKitError } from '../errors/EsignKitError.js';
import { findContract } from '../operations/contracts/findContract.js';
import { contractQueryOptions, sendReminderMutationOptions } from '../query/contractQueries.js';
import { shouldRetry } from '../query/operationOptions.js';
import type { CachedQueryLike } from '../query/queryKeys.js';
import { esignKeys } from '../query/queryKeys.js';
import { referenceFindData, referenceParticipantUuid, referenceSignatureUuid } from './fixtures.js';

const client = createEsignClient({
  baseUrl: 'https://app.test',
  fetch: async () => new Response(JSON.stringify({ ok: true, data: referenceFindData })),
});

describe('contractQueryOptions', () => {
  it('keys the query under the operation and calls the client', async () => {
    const options = contractQueryOptions(client, { customKey: 'a4-k1234' });
    expect(options.queryKey).toEqual(['esign-kit', 'contracts.find', { customKey: 'a4-k1234' }]);
    expect(esignKeys.operation(findContract)).toEqual(options.queryKey.slice(0, 2));
    await expect(options.queryFn({})).resolves.toEqual(referenceFindData);
  });
});

describe('shouldRetry', () => {
  it('retries network failures and 5xx a couple of times, never 4xx or invalid input', () => {
    expect(shouldRetry(0, new EsignKitError({ errorCode: 'ESIGN_KIT_NETWORK_ERROR' }))).toBe(true);
    expect(shouldRetry(1, new EsignKitError({ errorCode: 'ESIGN_KIT_UPSTREAM_TIMEOUT', status: 504 }))).toBe(true);
    expect(shouldRetry(2, new EsignKitError({ errorCode: 'ESIGN_KIT_UPSTREAM_TIMEOUT', status: 504 }))).toBe(false);
    expect(shouldRetry(0, new EsignKitError({ errorCode: 'NOT_FOUND_CUSTOMER', status: 404 }))).toBe(false);
    expect(shouldRetry(0, new EsignKitError({ errorCode: 'ESIGN_KIT_INVALID_INPUT' }))).toBe(false);
    expect(shouldRetry(0, new Error('boom'))).toBe(false);
  });
});

describe('sendReminderMutationOptions', () => {
  it('invalidates exactly the contract queries that show the reminded signature', async () => {
    const options = sendReminderMutationOptions(client);
    const cached = (queryKey: unknown[], data: unknown): CachedQueryLike => ({ queryKey, state: { data } });
    const queries = [
      cached(['esign-kit', 'contracts.find', { uuid: 'a' }], referenceFindData),
      cached(['esign-kit', 'contracts.find', { uuid: 'b' }], {
        contract: {
          ...referenceFindData.contract,
          signature: { ...referenceFindData.contract.signature, uuid: 'other' },
        },
      }),
      cached(['esign-kit', 'contracts.find', { uuid: 'c' }], undefined),
      cached(['todos', 'contracts.find'], referenceFindData),
    ];
    const invalidateQueries = vi.fn(async ({ predicate }: { predicate: (query: CachedQueryLike) => boolean }) => {
      invalidated.push(...queries.filter(predicate));
    });
    const invalidated: CachedQueryLike[] = [];

    const input = { signatureUuid: referenceSignatureUuid, participantUuid: referenceParticipantUuid };
    await options.onSuccess(
      { participantUuid: referenceParticipantUuid, sendType: 'EMAIL', sendAddress: 'a@b.c' },
      input,
      undefined,
      { client: { invalidateQueries } },
    );

    expect(invalidated).toEqual([queries[0]]);
    expect(options.mutationKey).toEqual(['esign-kit', 'signatures.send']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createEsignClient } from '../client/createEsignClient.js';
import { findContract } from '../operations/contracts/findContract.js';
import { sendReminder } from '../operations/signatures/sendReminder.js';
import { sendReminderMutationOptions } from '../query/contractQueries.js';
import { referenceFindData, referenceParticipantUuid, referenceSignatureUuid } from './fixtures.js';

const reminder = { signatureUuid: referenceSignatureUuid, participantUuid: referenceParticipantUuid };
const sent = { participantUuid: referenceParticipantUuid, sendType: 'EMAIL', sendAddress: 'a@b.c' };

function recordingClient(data: unknown) {
  const keys: (string | null)[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    keys.push(new Request(input, init).headers.get('idempotency-key'));
    return Response.json({ ok: true, data });
  });
  return { client: createEsignClient({ baseUrl: 'https://app.test/api/esign', fetch, locale: 'en' }), keys };
}

describe('idempotency keys', () => {
  it('go with every mutation, a fresh one per call, and never with a query', async () => {
    const { client, keys } = recordingClient(sent);
    await client.request(sendReminder, reminder);
    await client.request(sendReminder, reminder);
    const { client: reader, keys: readerKeys } = recordingClient(referenceFindData);
    await reader.request(findContract, { customKey: 'a4-k1234' });

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(readerKeys).toEqual([null]);
  });

  it('can be given by the caller, for retrying one action', async () => {
    const { client, keys } = recordingClient(sent);
    await client.request(sendReminder, reminder, { idempotencyKey: 'action-42-retry' });
    expect(keys).toEqual(['action-42-retry']);
  });

  it('stay the same when TanStack retries one mutate() call, and differ between calls', async () => {
    const { client, keys } = recordingClient(sent);
    const { mutationFn } = sendReminderMutationOptions(client);
    const variables = { ...reminder };
    await mutationFn(variables);
    await mutationFn(variables); // a retry passes the same variables object
    await mutationFn({ ...reminder }); // a new click passes new ones
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
  });
});

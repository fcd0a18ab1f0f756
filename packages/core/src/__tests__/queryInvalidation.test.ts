import { describe, expect, it } from 'vitest';
import { createEsignClient } from '../client/createEsignClient.js';
import { updateBusinessMutationOptions } from '../query/businessQueries.js';
import { sendReminderMutationOptions } from '../query/contractQueries.js';
import {
  createCustomerMutationOptions,
  deleteCustomerMutationOptions,
  updateCustomerMutationOptions,
} from '../query/customerQueries.js';
import { cancelSignatureMutationOptions } from '../query/signatureQueries.js';
import { setContractTagsMutationOptions } from '../query/tagQueries.js';
import { createSignatureFromTemplateMutationOptions } from '../query/templateQueries.js';
import { referenceContractUuid, referenceParticipantUuid, referenceSignatureUuid } from './fixtures.js';
import { type CachedName, customerId, fakeQueryClient, otherContractUuid, otherSignatureUuid } from './queryCache.js';

const client = createEsignClient({ baseUrl: 'https://app.test', fetch: async () => new Response('{}') });

/** Runs a factory's `onSuccess` over the named cache; returns what it invalidated and removed. */
async function afterSuccess(
  options: { onSuccess: (data: never, input: never, onMutateResult: unknown, context: never) => Promise<void> },
  input: unknown,
  data: unknown,
) {
  const fake = fakeQueryClient();
  await options.onSuccess(data as never, input as never, undefined, { client: fake.client } as never);
  return { invalidated: [...fake.invalidated].sort(), removed: fake.removed, calls: fake.calls };
}

/** Cache entry names, sorted, to compare with what a mutation invalidated. */
const names = (...list: CachedName[]) => [...list].sort();

describe('cancelSignatureMutationOptions', () => {
  it('refetches the contracts showing the signature, contract and signature lists, usage counts', async () => {
    const { invalidated } = await afterSuccess(
      cancelSignatureMutationOptions(client),
      { signatureUuid: referenceSignatureUuid },
      { uuid: referenceSignatureUuid, status: 'CANCELED' },
    );
    expect(invalidated).toEqual(
      names(
        'contractByUuid',
        'contractByCustomKey',
        'legacyContract',
        'contractList',
        'contractListInfinite',
        'contractsByTag',
        'contractsByCustomerName',
        'contractsByCustomerKey',
        'contractsByCustomerId',
        'contractsByOtherCustomerId',
        'contractsWithoutCustomer',
        'signatureList',
        'signatureUsage',
      ),
    );
  });

  it('leaves contracts showing another signature, templates, credits, customers and tags alone', async () => {
    const { invalidated } = await afterSuccess(
      cancelSignatureMutationOptions(client),
      { signatureUuid: otherSignatureUuid },
      { uuid: otherSignatureUuid, status: 'CANCELED' },
    );
    expect(invalidated).toEqual(expect.arrayContaining(['otherContract', 'otherLegacyContract']));
    for (const name of [
      'contractByUuid',
      'contractByCustomKey',
      'contractByUuidPending',
      'legacyContract',
      'concludedFiles',
      'templateById',
      'templateListWithCounts',
      'creditStatus',
      'creditUsages',
      'customer',
      'customerList',
      'tagList',
      'foreign',
    ] as const) {
      expect(invalidated).not.toContain(name);
    }
  });
});

describe('createSignatureFromTemplateMutationOptions', () => {
  const request = (templateKey: number | string, customKey?: string) => ({
    templateKey,
    input: { title: 't', participants: [], ...(customKey ? { contract: { customKey } } : {}) },
  });

  it('refetches lists, counts, credits and that template, asked for by id or slug', async () => {
    const { invalidated } = await afterSuccess(createSignatureFromTemplateMutationOptions(client), request(4328), {});
    expect(invalidated).toEqual(
      names(
        'contractList',
        'contractListInfinite',
        'contractsByTag',
        'contractsByCustomerName',
        'contractsByCustomerKey',
        'contractsByCustomerId',
        'contractsByOtherCustomerId',
        'contractsWithoutCustomer',
        'signatureList',
        'signatureUsage',
        'templateById',
        'templateBySlug',
        'templateByIdPending',
        'templateListWithCounts',
        'creditStatus',
        'creditUsages',
      ),
    );
  });

  it('finds the template by slug as well, and leaves template lists without counts and other templates alone', async () => {
    const { invalidated } = await afterSuccess(createSignatureFromTemplateMutationOptions(client), request('nda'), {});
    expect(invalidated).toEqual(expect.arrayContaining(['templateById', 'templateBySlug']));
    expect(invalidated).not.toContain('templateByIdPending');
    expect(invalidated).not.toContain('otherTemplate');
    expect(invalidated).not.toContain('templateList');
  });

  it("refetches a contract lookup by the new contract's customKey, no other contract", async () => {
    const withKey = await afterSuccess(createSignatureFromTemplateMutationOptions(client), request(99, 'NEW-001'), {});
    expect(withKey.invalidated).toContain('missingContractByKey');
    expect(withKey.invalidated).toContain('otherTemplate');
    for (const name of ['contractByUuid', 'contractByCustomKey', 'otherContract', 'legacyContract'] as const) {
      expect(withKey.invalidated).not.toContain(name);
    }
    const withoutKey = await afterSuccess(createSignatureFromTemplateMutationOptions(client), request(99), {});
    expect(withoutKey.invalidated).not.toContain('missingContractByKey');
  });
});

describe('setContractTagsMutationOptions', () => {
  it("refetches that contract's lookups (by uuid in the key or the data) and every contract list", async () => {
    const { invalidated } = await afterSuccess(
      setContractTagsMutationOptions(client),
      { contractUuid: referenceContractUuid, input: { tagIds: [2] } },
      undefined,
    );
    expect(invalidated).toEqual(
      names(
        'contractByUuid',
        'contractByCustomKey',
        'contractByUuidPending',
        'contractList',
        'contractListInfinite',
        'contractsByTag',
        'contractsByCustomerName',
        'contractsByCustomerKey',
        'contractsByCustomerId',
        'contractsByOtherCustomerId',
        'contractsWithoutCustomer',
      ),
    );
  });

  it('leaves the tag list, the deprecated lookup and other contracts alone', async () => {
    const { invalidated } = await afterSuccess(
      setContractTagsMutationOptions(client),
      { contractUuid: otherContractUuid, input: { tagIds: [] } },
      undefined,
    );
    expect(invalidated).toContain('otherContract');
    for (const name of ['contractByUuid', 'otherLegacyContract', 'tagList', 'signatureList', 'foreign'] as const) {
      expect(invalidated).not.toContain(name);
    }
  });
});

describe('createCustomerMutationOptions', () => {
  it('refetches customer lists, a lookup of the new id, contract lists filtered by the new customKey', async () => {
    const { invalidated } = await afterSuccess(
      createCustomerMutationOptions(client),
      { input: { title: '파트너 고객사', customKey: 'A5-k159402' } },
      { id: customerId, title: '파트너 고객사', customKey: 'A5-k159402' },
    );
    expect(invalidated).toEqual(names('customerList', 'customerLookup', 'customer', 'contractsByCustomerKey'));
  });

  it('leaves contract lists alone when the new customer has no customKey', async () => {
    const { invalidated } = await afterSuccess(
      createCustomerMutationOptions(client),
      { input: { title: '새 고객' } },
      { id: 77, title: '새 고객', customKey: null },
    );
    expect(invalidated).toEqual(names('customerList', 'customerLookup'));
  });
});

describe('updateCustomerMutationOptions', () => {
  it('refetches that customer, customer lists, contracts showing it, contract lists filtered by name or key', async () => {
    const { invalidated } = await afterSuccess(
      updateCustomerMutationOptions(client),
      { customerId, input: { title: '새 이름' } },
      { id: customerId, title: '새 이름', customKey: 'A5-k159402' },
    );
    expect(invalidated).toEqual(
      names(
        'customer',
        'customerList',
        'customerLookup',
        'contractByUuid',
        'contractByCustomKey',
        'contractsByCustomerName',
        'contractsByCustomerKey',
      ),
    );
  });

  it('leaves unfiltered contract lists (their rows show no customer) and other customers alone', async () => {
    const { invalidated } = await afterSuccess(
      updateCustomerMutationOptions(client),
      { customerId, input: { title: '새 이름' } },
      { id: customerId, title: '새 이름', customKey: null },
    );
    for (const name of [
      'contractList',
      'contractListInfinite',
      'contractsByCustomerId',
      'otherContract',
      'otherCustomer',
      'legacyContract',
    ] as const) {
      expect(invalidated).not.toContain(name);
    }
  });
});

describe('deleteCustomerMutationOptions', () => {
  it("removes the customer's queries first, then refetches lists and contracts that showed it", async () => {
    const { invalidated, removed, calls } = await afterSuccess(
      deleteCustomerMutationOptions(client),
      { customerId },
      { id: customerId, title: '파트너 고객사', customKey: 'A5-k159402' },
    );
    expect(calls).toEqual(['remove', 'invalidate']);
    expect(removed).toEqual(['customer']);
    expect(invalidated).toEqual(
      names(
        'customerList',
        'customerLookup',
        'contractByUuid',
        'contractByCustomKey',
        'contractsByCustomerName',
        'contractsByCustomerKey',
        'contractsByCustomerId',
        'contractsWithoutCustomer',
      ),
    );
  });

  it('leaves other customers and contract lists filtered by other customer ids alone', async () => {
    const { invalidated, removed } = await afterSuccess(
      deleteCustomerMutationOptions(client),
      { customerId },
      { id: customerId, title: '파트너 고객사', customKey: null },
    );
    expect(removed).not.toContain('otherCustomer');
    for (const name of ['otherCustomer', 'contractsByOtherCustomerId', 'contractList', 'otherContract'] as const) {
      expect(invalidated).not.toContain(name);
    }
  });
});

describe('updateBusinessMutationOptions', () => {
  it('refetches nothing: no browser query shows the business', async () => {
    const { invalidated, calls } = await afterSuccess(
      updateBusinessMutationOptions(client),
      { input: { configuration: { customerCustomName: '거래처' } } },
      {},
    );
    expect(invalidated).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('sendReminderMutationOptions', () => {
  it('refetches only the contract lookups whose data shows the signature', async () => {
    const { invalidated } = await afterSuccess(
      sendReminderMutationOptions(client),
      { signatureUuid: referenceSignatureUuid, participantUuid: referenceParticipantUuid },
      {},
    );
    expect(invalidated).toEqual(names('contractByUuid', 'contractByCustomKey'));
  });
});

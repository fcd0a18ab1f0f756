import type { CachedQueryLike } from '../query/queryKeys.js';
import { referenceContractUuid, referenceFindData, referenceSignatureUuid } from './fixtures.js';

/** A second contract: other signature, other customer. */
export const otherContractUuid = 'caa7739d-b4eb-46af-bcb7-b53055589195';
export const otherSignatureUuid = 'd9db9d31-e4e8-4a12-b87f-d3f75bec0ce7';
/** The reference contract's customer (`referenceFindData`), and another one. */
export const customerId = 1;
export const otherCustomerId = 2;

const otherFindData = {
  contract: {
    ...referenceFindData.contract,
    uuid: otherContractUuid,
    customKey: 'CN-2025-001',
    customers: [{ id: otherCustomerId, title: 'ABC컴퍼니', customKey: null }],
    signature: { ...referenceFindData.contract.signature, uuid: otherSignatureUuid },
  },
};
const legacyData = (contractUuid: string, signatureUuid: string) => ({
  contract: { uuid: contractUuid, signature: { uuid: signatureUuid } },
});

const q = (queryKey: unknown[], data?: unknown): CachedQueryLike => ({ queryKey, state: { data } });
const k = (operationId: string, input: unknown, ...rest: unknown[]) => ['esign-kit', operationId, input, ...rest];

/**
 * A cache holding one or more queries of every browser query operation, named, so a test can
 * say which of them a mutation invalidates: the rest must be left alone.
 */
export const cache = {
  // contracts.find: the reference contract by uuid, by customKey, and before its data arrived
  contractByUuid: q(k('contracts.find', { uuid: referenceContractUuid }), referenceFindData),
  contractByCustomKey: q(k('contracts.find', { customKey: 'a4-k1234' }), referenceFindData),
  contractByUuidPending: q(k('contracts.find', { uuid: referenceContractUuid, includeParticipantRequirements: true })),
  otherContract: q(k('contracts.find', { uuid: otherContractUuid }), otherFindData),
  missingContractByKey: q(k('contracts.find', { customKey: 'NEW-001' })),
  // contracts.get (deprecated)
  legacyContract: q(
    k('contracts.get', { contractUuid: referenceContractUuid }),
    legacyData(referenceContractUuid, referenceSignatureUuid),
  ),
  otherLegacyContract: q(
    k('contracts.get', { contractUuid: otherContractUuid }),
    legacyData(otherContractUuid, otherSignatureUuid),
  ),
  // contracts.list, paged and infinite, with and without customer filters
  contractList: q(k('contracts.list', {}), { total: 0, contracts: [] }),
  contractListInfinite: q(k('contracts.list', { limit: 20 }, 'infinite'), { pages: [], pageParams: [] }),
  contractsByTag: q(k('contracts.list', { tagIds: [2] })),
  contractsByCustomerName: q(k('contracts.list', { customer: '파트너' })),
  contractsByCustomerKey: q(k('contracts.list', { customerCustomKeys: ['A5-k159402'] })),
  contractsByCustomerId: q(k('contracts.list', { customerIds: [customerId] })),
  contractsByOtherCustomerId: q(k('contracts.list', { customerIds: [otherCustomerId] })),
  contractsWithoutCustomer: q(k('contracts.list', { hasNoCustomer: true })),
  concludedFiles: q(k('contracts.concludedFiles', { uuid: referenceContractUuid })),
  // signatures
  signatureList: q(k('signatures.list', { limit: 20, offset: 0 })),
  signatureUsage: q(k('signatures.usage', {})),
  // templates: by id and by slug (same template), another one, lists with and without counts
  templateById: q(k('templates.get', { templateKey: 4328 }), { id: 4328, slug: 'nda' }),
  templateBySlug: q(k('templates.get', { templateKey: 'nda' }), { id: 4328, slug: 'nda' }),
  templateByIdPending: q(k('templates.get', { templateKey: '4328' })),
  otherTemplate: q(k('templates.get', { templateKey: 99 }), { id: 99, slug: null }),
  templateList: q(k('templates.list', {})),
  templateListWithCounts: q(k('templates.list', { signatureCount: true })),
  // tags, credits
  tagList: q(k('tags.list', {}), []),
  creditStatus: q(k('credits.status', {})),
  creditUsages: q(k('credits.usages', {})),
  // customers
  customerList: q(k('customers.list', {})),
  customerLookup: q(k('customers.list', { customKey: 'A5-k159402' })),
  customer: q(k('customers.get', { customerId }), { id: customerId, title: '파트너 고객사', customKey: 'A5-k159402' }),
  otherCustomer: q(k('customers.get', { customerId: otherCustomerId })),
  // not esign-kit's
  foreign: q(['todos', 'contracts.list', {}]),
} as const;

export type CachedName = keyof typeof cache;

/** A fake QueryClient over {@link cache}: records, by name and in order, what was invalidated or removed. */
export function fakeQueryClient() {
  const entries = Object.entries(cache) as [CachedName, CachedQueryLike][];
  const calls: string[] = [];
  const pick = (predicate: (query: CachedQueryLike) => boolean) =>
    entries.filter(([, query]) => predicate(query)).map(([name]) => name);
  const invalidated: CachedName[] = [];
  const removed: CachedName[] = [];
  return {
    calls,
    invalidated,
    removed,
    client: {
      async invalidateQueries({ predicate }: { predicate: (query: CachedQueryLike) => boolean }) {
        calls.push('invalidate');
        invalidated.push(...pick(predicate));
      },
      removeQueries({ predicate }: { predicate: (query: CachedQueryLike) => boolean }) {
        calls.push('remove');
        removed.push(...pick(predicate));
      },
    },
  };
}

import { describe, expectTypeOf, it } from 'vitest';
import { createEsignClient } from '../../client/createEsignClient.js';
import type { ContractSummary, Customer, SignatureSummary, Tag, TagColorCode } from '../../index.js';
import {
  concludedFiles,
  contractFormUrl,
  createSignatureFromTemplate,
  getTemplate,
  listContractTags,
  listSignatures,
  participantLink,
  setContractTags,
} from '../../server.js';

const client = createEsignClient({ baseUrl: '/api/esign' });
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';

describe('operation types', () => {
  it('takes exactly one participant or facilitator for a signing link, and resolves to a link', () => {
    expectTypeOf(client.request(participantLink, { signatureUuid, participantUuid: 'p' })).resolves.toEqualTypeOf<{
      link: string;
    }>();
    client.request(participantLink, { signatureUuid, facilitatorUuid: 'f' });
    // @ts-expect-error both
    client.request(participantLink, { signatureUuid, participantUuid: 'p', facilitatorUuid: 'f' });
    // @ts-expect-error neither
    client.request(participantLink, { signatureUuid });
  });

  it('takes exactly one of uuid or customKey for the concluded files', () => {
    client.request(concludedFiles, { customKey: 'a4-k1234' });
    // @ts-expect-error both keys
    client.request(concludedFiles, { uuid: 'u', customKey: 'k' });
  });

  it('takes a template id or slug', () => {
    client.request(getTemplate, { templateKey: 4328 });
    client.request(getTemplate, { templateKey: 'nda-template' });
    // @ts-expect-error not a key
    client.request(getTemplate, { templateKey: true });
  });

  it('lets the page bodies be left out and requires the template request body', () => {
    client.request(contractFormUrl, {});
    // @ts-expect-error input is required
    client.request(createSignatureFromTemplate, { templateKey: 4328 });
  });

  it('types the vendor shapes as documented', () => {
    expectTypeOf(client.request(listContractTags, {})).resolves.toEqualTypeOf<Tag[]>();
    expectTypeOf(
      client.request(setContractTags, { contractUuid: 'c', input: { tagIds: [] } }),
    ).resolves.toBeUndefined();
    expectTypeOf(client.request(listSignatures, {})).resolves.toEqualTypeOf<{
      total: number;
      data: SignatureSummary[];
    }>();
    expectTypeOf<ContractSummary['id']>().toEqualTypeOf<string | number>();
    // Fields the reference leaves open read absent or null; statuses take values Prix may add.
    expectTypeOf<Customer['managers']>().toExtend<unknown[] | null | undefined>();
    expectTypeOf<ContractSummary['status']>().toEqualTypeOf<'CREATED' | 'CONCLUDED' | (string & {})>();
  });

  it('hints the known tag colours while accepting others', () => {
    expectTypeOf<'RED'>().toExtend<TagColorCode>();
    expectTypeOf<'PINK'>().toExtend<TagColorCode>();
    expectTypeOf<Tag['colorCode']>().toEqualTypeOf<TagColorCode>();
  });
});

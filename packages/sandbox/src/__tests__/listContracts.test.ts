import type { ListContractsInput } from '@esign-kit/core';
import { deleteCustomer, listContracts, listContractTags, setContractTags } from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { callOperation, request, requestError } from './helpers.js';

const { mou, concluded, unsigned, renewal, canceled } = seedIds;
const names: Record<string, string> = {
  [mou.contractUuid]: 'mou',
  [concluded.contractUuid]: 'concluded',
  [unsigned.contractUuid]: 'unsigned',
  [renewal.contractUuid]: 'renewal',
  [canceled.contractUuid]: 'canceled',
};

let clock: Date;
let sandbox: Sandbox;
beforeEach(() => {
  clock = new Date('2025-05-01T00:00:00.000Z');
  sandbox = createSandbox({ now: () => clock });
});

/** The seed contracts a query returns, by nickname, in order. */
async function listed(input: ListContractsInput = {}): Promise<string[]> {
  const { contracts } = await request(sandbox, listContracts, input);
  return contracts.map((contract) => names[contract.uuid] ?? contract.uuid);
}

describe('GET contracts', () => {
  it('lists newest first by default, with total counting every match', async () => {
    const data = await request(sandbox, listContracts, {});

    expect(data.total).toBe(5);
    expect(await listed()).toEqual(['renewal', 'canceled', 'unsigned', 'concluded', 'mou']);
    expect(data.contracts[0]).toMatchObject({ id: 4, columnItems: [], signature: { id: 3, objects: [{ id: 1 }] } });
  });

  it('pages with limit and offset, total staying the count before paging', async () => {
    const page = await request(sandbox, listContracts, { limit: 2, offset: 2 });

    expect(page.total).toBe(5);
    expect(page.contracts.map((contract) => names[contract.uuid])).toEqual(['unsigned', 'concluded']);
    expect(await request(sandbox, listContracts, { offset: 5 })).toEqual({ total: 5, contracts: [] });
  });

  it('answers 10 rows when limit is left out', async () => {
    const template = sandbox.state.contracts[2];
    for (let index = 0; index < 8; index += 1) {
      sandbox.state.contracts.push({
        ...structuredClone(template),
        id: 100 + index,
        uuid: crypto.randomUUID(),
      } as never);
    }

    const data = await request(sandbox, listContracts, {});

    expect(data.total).toBe(13);
    expect(data.contracts).toHaveLength(10);
  });

  it.each([
    [{ title: 'saas' }, ['renewal', 'concluded']],
    [{ customer: '한빛' }, ['renewal', 'concluded']],
    [{ participantName: '김지원' }, ['mou']],
    [{ participantEmail: 'hanbitsoft' }, ['renewal', 'concluded']],
    [{ participantPhone: '010-9876' }, ['canceled']],
    [{ type: 'RENEWAL' }, ['renewal']],
    [{ status: 'CONCLUDED' }, ['concluded']],
    [{ signature: 'excluded' }, ['unsigned']],
    [{ signature: 'included', status: 'CREATED' }, ['renewal', 'canceled', 'mou']],
    [{ customerIds: [2, 4] }, ['renewal', 'canceled', 'concluded']],
    [{ customerCustomKeys: ['mono_design', 'A5-k159402'] }, ['canceled', 'mou']],
    [{ tagIds: [3] }, ['renewal']],
    [{ tagIds: [1, 3] }, ['renewal', 'mou']],
    [
      { createdAtAfter: '2025-01-01T00:00:00.000Z', createdAtBefore: '2025-06-01T00:00:00.000Z' },
      ['canceled', 'unsigned', 'concluded'],
    ],
    [{ createdAtAfter: '2025-03-02T05:00:00.000Z', createdAtBefore: '2025-03-02T05:00:00.000Z' }, ['unsigned']],
    [{ endDateBefore: '2025-12-31T00:00:00.000Z' }, ['canceled', 'mou']],
    [{ endDateAfter: '2026-01-01T00:00:00.000Z' }, ['renewal', 'concluded']],
    [{ periodStatus: 'before' }, ['renewal']],
    [{ periodStatus: 'ongoing' }, ['canceled', 'concluded', 'mou']],
    [{ periodStatus: 'after' }, []],
    [{ hasNoCustomer: true }, []],
  ] as [ListContractsInput, string[]][])('filters by %j', async (input, expected) => {
    expect(await listed(input)).toEqual(expected);
  });

  it('judges periodStatus by the sandbox clock', async () => {
    clock = new Date('2026-02-01T00:00:00.000Z');

    expect(await listed({ periodStatus: 'after' })).toEqual(['canceled', 'concluded', 'mou']);
    expect(await listed({ periodStatus: 'ongoing' })).toEqual(['renewal']);
  });

  it.each([
    [{ orderKey: 'endDate', orderValue: 'ASC' }, ['canceled', 'mou', 'concluded', 'renewal', 'unsigned']],
    [{ orderKey: 'startDate', orderValue: 'DESC' }, ['renewal', 'canceled', 'concluded', 'mou', 'unsigned']],
    [{ orderKey: 'createdAt', orderValue: 'ASC' }, ['mou', 'concluded', 'unsigned', 'canceled', 'renewal']],
    [{ orderKey: 'concludedDate' }, ['concluded', 'canceled', 'renewal', 'unsigned', 'mou']],
  ] as [ListContractsInput, string[]][])('sorts by %j, missing dates last', async (input, expected) => {
    expect(await listed(input)).toEqual(expected);
  });

  it('finds contracts left without a customer after the customer is deleted', async () => {
    await request(sandbox, deleteCustomer, { customerId: seedIds.customers.seoulLogistics });

    expect(await listed({ hasNoCustomer: true })).toEqual(['unsigned']);
  });

  it('answers 400 INVALID_CUSTOMER_CUSTOM_KEY for a malformed customer key', async () => {
    expect(await requestError(sandbox, listContracts, { customerCustomKeys: ['not a key'] })).toEqual([
      400,
      'INVALID_CUSTOMER_CUSTOM_KEY',
    ]);
  });
});

describe('PATCH contracts/{uuid} (tags)', () => {
  const setTags = (tagIds: number[], contractUuid: string = mou.contractUuid) =>
    callOperation(sandbox, setContractTags, { contractUuid, input: { tagIds } });

  it('replaces the tags, answers { ok: true } without data, and the list filter follows', async () => {
    const response = await setTags([4, 5]);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(await listed({ tagIds: [4] })).toEqual(['mou']);
    expect(await listed({ tagIds: [1] })).toEqual([]);
    expect(sandbox.state.contracts.find((contract) => contract.uuid === mou.contractUuid)?.updatedAt).toBe(
      clock.toISOString(),
    );
  });

  it('clears the tags with an empty list', async () => {
    await setTags([]);

    expect(await listed({ tagIds: [1, 2, 3, 4, 5] })).toEqual(['renewal', 'concluded']);
  });

  it('refuses an unknown tag id with 400 SANDBOX_INVALID_REQUEST and keeps the tags', async () => {
    const response = await setTags([2, 99]);

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'SANDBOX_INVALID_REQUEST' });
    expect(await listed({ tagIds: [1] })).toEqual(['mou']);
  });

  it('answers 404 NOT_FOUND_CUSTOMER for an unknown contract, like every contract lookup', async () => {
    expect((await setTags([1], '0b0e5d6c-1111-4222-8333-444455556666')).status).toBe(404);
  });

  it('lists the tags in display order', async () => {
    const tags = await request(sandbox, listContractTags, {});

    expect(tags.map((tag) => [tag.id, tag.name, tag.colorCode])).toEqual([
      [1, '중요', 'RED'],
      [2, '공급', 'BLUE'],
      [3, '갱신 예정', 'ORANGE'],
      [4, '인사', 'GREEN'],
      [5, '보관', 'GRAY'],
    ]);
  });
});

import type { FindContractData } from '@esign-kit/core';
import { findContractDataSchema, participantSchema, uuidSchema } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../createSandbox.js';
import { toFindView } from '../domain/contractViews.js';
import { createSeedContracts, createSeedData, seedIds } from '../seed/index.js';
import { createState } from '../state/index.js';
import { callKit, readSuccess } from './helpers.js';

const seed = createSeedData();
const contracts = seed.contracts;

function seededUuids(): string[] {
  return [
    ...contracts.flatMap((contract) => [
      contract.uuid,
      ...(contract.signature
        ? [
            contract.signature.uuid,
            ...contract.signature.participants.map((participant) => participant.uuid),
            ...(contract.signature.facilitator ? [contract.signature.facilitator.uuid] : []),
          ]
        : []),
    ]),
    seed.business.uuid,
    ...seed.business.users.map((user) => user.uuid),
    ...seed.managedBusinesses.map((business) => business.uuid),
  ];
}

describe('seed data', () => {
  it.each(contracts.map((contract) => [contract.title, contract] as const))(
    '%s passes findContractDataSchema as built and as served',
    async (_, contract) => {
      const view = toFindView(createState(), contract);
      expect(findContractDataSchema.safeParse({ contract: view }).error).toBeUndefined();

      const served = await readSuccess<FindContractData>(
        await callKit(createSandbox(), `contracts/find?uuid=${contract.uuid}`),
      );
      expect(served).toEqual({ contract: view });
    },
  );

  it('uses valid, unique RFC 4122 uuids everywhere', () => {
    const uuids = seededUuids();

    for (const uuid of uuids) expect(uuidSchema.safeParse(uuid).success, uuid).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('covers every documented case the tests rely on', () => {
    const byUuid = new Map(contracts.map((contract) => [contract.uuid, contract]));

    expect(byUuid.get(seedIds.concluded.contractUuid)).toMatchObject({
      status: 'CONCLUDED',
      customKey: 'CN-2025-001',
      concludedFile: expect.stringMatching(/^https:\/\/sandbox\.esign-kit\.invalid\/files\//),
      signature: { status: 'DONE' },
    });
    expect(byUuid.get(seedIds.unsigned.contractUuid)?.signature).toBeNull();
    expect(byUuid.get(seedIds.renewal.contractUuid)?.type).toBe('RENEWAL');
    expect(byUuid.get(seedIds.canceled.contractUuid)?.signature?.status).toBe('CANCELED');
    const templates = new Map(seed.templates.map((template) => [template.id, template]));
    expect(templates.get(seedIds.templates.supply.id)?.participants.map((role) => role.role)).toEqual(['갑', '을']);
    expect(templates.get(seedIds.templates.consent.id)?.participants).toHaveLength(1);
  });

  it('keeps participant statuses consistent with their signature', () => {
    for (const contract of contracts) {
      const signature = contract.signature;
      if (!signature) continue;
      const statuses = signature.participants.map((participant) => participant.status);
      if (signature.status === 'DONE') expect(statuses.every((status) => status === 'DONE')).toBe(true);
      if (signature.status === 'WAITING') expect(statuses).toContain('WAITING');
      expect(contract.status === 'CONCLUDED').toBe(signature.status === 'DONE');
    }
  });

  it('refers only to customers, tags, templates and columns that exist', () => {
    const customerIds = seed.customers.map((customer) => customer.id);
    const tagIds = seed.tags.map((tag) => tag.id);
    for (const contract of contracts) {
      expect(customerIds).toEqual(expect.arrayContaining(contract.customerIds));
      expect(tagIds).toEqual(expect.arrayContaining(contract.tagIds));
      for (const item of contract.columnItems) {
        expect(seed.customColumns.map((column) => column.slug)).toContain(item.slug);
      }
      if (contract.templateId !== null)
        expect(seed.templates.map((template) => template.id)).toContain(contract.templateId);
    }
    for (const template of seed.templates) expect(tagIds).toEqual(expect.arrayContaining(template.tagIds));
  });

  it('keeps customer titles and keys unique and within the key rule', () => {
    const titles = seed.customers.map((customer) => customer.title);
    const keys = seed.customers.flatMap((customer) => (customer.customKey ? [customer.customKey] : []));

    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
  });

  it('counts credits the way the usages add up', () => {
    expect(seed.credits.defaultCount - seed.credits.remainingDefaultCount).toBe(seed.creditUsages.length);
  });

  it('starts every id counter after the highest seeded id', () => {
    expect(seed.counters.contract).toBe(Math.max(...contracts.map((contract) => contract.id)) + 1);
    expect(seed.counters.customer).toBe(Math.max(...seed.customers.map((customer) => customer.id)) + 1);
    expect(seed.counters.template).toBe(Math.max(...seed.templates.map((template) => template.id)) + 1);
  });

  it('gives every participant the address of its own send channel, phones written with hyphens', () => {
    const participants = contracts.flatMap((contract) => contract.signature?.participants ?? []);

    for (const participant of participants) {
      expect(participantSchema.safeParse(participant).success).toBe(true);
      if (participant.send === 'EMAIL') expect(participant.email).toMatch(/^[^@\s]+@[^@\s]+$/);
      else expect(participant.phone).toMatch(/^01\d-\d{3,4}-\d{4}$/);
    }
  });

  it('is deterministic and not shared between calls', () => {
    const first = createSeedContracts();
    const second = createSeedContracts();

    expect(second).toEqual(first);
    expect(second[0]).not.toBe(first[0]);
  });
});

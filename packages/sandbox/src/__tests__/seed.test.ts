import { type FindContractData, findContractDataSchema, participantSchema, uuidSchema } from '@esign-kit/core';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../createSandbox.js';
import { createSeedContracts, seedIds } from '../seed.js';
import { callKit, readSuccess } from './helpers.js';

const contracts = createSeedContracts();

function seededUuids(): string[] {
  return contracts.flatMap((contract) => [
    contract.uuid,
    ...(contract.signature
      ? [contract.signature.uuid, ...contract.signature.participants.map((participant) => participant.uuid)]
      : []),
  ]);
}

describe('seed data', () => {
  it.each(contracts.map((contract) => [contract.title, contract] as const))(
    '%s passes findContractDataSchema as stored and as served',
    async (_, contract) => {
      expect(findContractDataSchema.safeParse({ contract }).error).toBeUndefined();

      const sandbox = createSandbox();
      const served = await readSuccess<FindContractData>(
        await callKit(sandbox, `contracts/find?uuid=${contract.uuid}`),
      );
      const parsed = findContractDataSchema.safeParse(served);
      expect(parsed.error).toBeUndefined();
      expect(served).toEqual({ contract });
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

import { describe, expect, it } from 'vitest';
import { findContract, findContractDataSchema } from '../operations/contracts/findContract.js';
import { validateInput } from '../schemas/validateInput.js';
import { referenceContractUuid, referenceFindData } from './fixtures.js';

describe('findContract input', () => {
  it('accepts the reference example by uuid, and by customKey', () => {
    expect(validateInput(findContract, { uuid: referenceContractUuid })).toEqual({
      ok: true,
      value: { uuid: referenceContractUuid },
    });
    expect(validateInput(findContract, { customKey: 'a4-k1234', includeParticipantRequirements: true }).ok).toBe(true);
  });

  it.each([
    ['neither key', {}],
    ['both keys', { uuid: referenceContractUuid, customKey: 'a4-k1234' }],
  ])('rejects %s with a sentence that names both fields', (_, input) => {
    const result = validateInput(findContract, input);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '', message: 'Pass exactly one of `uuid` or `customKey`.', code: 'custom' }],
    });
  });

  it('rejects a malformed uuid, an empty customKey and unknown fields, saying where', () => {
    const badUuid = validateInput(findContract, { uuid: 'not-a-uuid' });
    expect(badUuid.ok || badUuid.issues).toEqual([
      { path: 'uuid', message: 'Must be a valid uuid.', code: 'format', format: 'uuid' },
    ]);

    const empty = validateInput(findContract, { customKey: '' });
    expect(empty.ok || empty.issues).toContainEqual({
      path: 'customKey',
      message: 'Must be at least 1 character(s).',
      code: 'required',
    });

    const unknown = validateInput(findContract, { uuid: referenceContractUuid, apiKey: 'x' });
    expect(unknown.ok || unknown.issues).toContainEqual({
      path: '',
      message: 'Unknown field(s): apiKey.',
      code: 'unknown_field',
      keys: ['apiKey'],
    });
  });

  it('rejects a non-boolean includeParticipantRequirements', () => {
    const result = validateInput(findContract, { uuid: referenceContractUuid, includeParticipantRequirements: 'yes' });
    expect(result.ok || result.issues).toEqual([
      { path: 'includeParticipantRequirements', message: 'Expected boolean.', code: 'invalid_type' },
    ]);
  });
});

describe('findContract data', () => {
  it('accepts the reference response', () => {
    expect(findContractDataSchema.safeParse(referenceFindData).success).toBe(true);
  });

  it('accepts a numeric contract id (the list endpoint prints one) and a contract without signature', () => {
    const data = { contract: { ...referenceFindData.contract, id: 1, signature: null } };
    expect(findContractDataSchema.safeParse(data).success).toBe(true);
  });

  it('reads a signature status Prix may add, but not one that is no string', () => {
    const withStatus = (status: unknown) => ({
      contract: { ...referenceFindData.contract, signature: { ...referenceFindData.contract.signature, status } },
    });
    expect(findContractDataSchema.safeParse(withStatus('LOST')).success).toBe(true);
    expect(findContractDataSchema.safeParse(withStatus(42)).success).toBe(false);
  });

  it('reads fields the reference leaves open as absent or null (customKey, wordFile, description, phone)', () => {
    const { customKey: _, ...contract } = referenceFindData.contract;
    const signature = referenceFindData.contract.signature;
    if (!signature) throw new Error('The reference example has an e-signature.');
    const data = {
      contract: {
        ...contract,
        wordFile: null,
        signature: {
          ...signature,
          participants: [{ uuid: 'p1', name: '홍길동', status: 'CREATED', send: 'EMAIL', email: 'a@b.c', phone: null }],
          objects: [{ contents: '', type: 'TEXT', category: 'INPUT', name: '금액', description: null }],
        },
      },
    };
    expect(findContractDataSchema.safeParse(data).success).toBe(true);
  });
});

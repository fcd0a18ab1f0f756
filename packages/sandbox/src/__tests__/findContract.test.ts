import type { FindContractData } from '@esign-kit/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { callKit, readFailure, readSuccess } from './helpers.js';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox();
});

describe('GET contracts/find', () => {
  it('answers the reference example by uuid', async () => {
    const response = await callKit(sandbox, 'contracts/find?uuid=ed976505-bcbd-47bd-913d-f4cde05dea7a');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const { contract } = await readSuccess<FindContractData>(response);
    expect(contract).toMatchObject({
      id: '1',
      uuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a',
      title: 'A컴퍼니 MOU',
      customKey: 'a4-k1234',
      customers: [{ id: 1, title: '파트너 고객사', customKey: 'A5-k159402' }],
      status: 'CREATED',
      type: 'NEW',
      managerNames: ['이용우'],
      signature: {
        uuid: '57139f5c-37d0-4c30-bdb6-ef6106040756',
        title: 'A컴퍼니 MOU 전자서명',
        status: 'WAITING',
        expiredDate: '2024-10-15T00:00:00.000Z',
        objects: [
          {
            contents: '서울시 강남구 선릉로 551',
            type: 'TEXT',
            category: 'DEFAULT',
            name: '주소',
            description: '상세 주소를 입력해 주세요.',
          },
        ],
      },
    });
    expect(contract.signature?.participants).toEqual([
      expect.objectContaining({ uuid: 'e65664ca-bac4-4f94-81bc-bc1a2436543b', send: 'EMAIL', email: 'test@prix.im' }),
      expect.objectContaining({ send: 'PHONE', phone: '010-1234-5678' }),
    ]);
  });

  it('finds the same contract by its customKey', async () => {
    const { contract } = await readSuccess<FindContractData>(
      await callKit(sandbox, 'contracts/find?customKey=a4-k1234'),
    );

    expect(contract.uuid).toBe(seedIds.mou.contractUuid);
  });

  it('matches customKeys exactly, so a different case is not found', async () => {
    const response = await callKit(sandbox, 'contracts/find?customKey=A4-K1234');

    expect(response.status).toBe(404);
  });

  it('finds a contract whose uuid is written in upper case', async () => {
    const response = await callKit(sandbox, `contracts/find?uuid=${seedIds.concluded.contractUuid.toUpperCase()}`);

    const { contract } = await readSuccess<FindContractData>(response);
    expect(contract.customKey).toBe('CN-2025-001');
  });

  it('returns signature null for a contract without an e-signature', async () => {
    const response = await callKit(sandbox, `contracts/find?uuid=${seedIds.unsigned.contractUuid}`);

    const { contract } = await readSuccess<FindContractData>(response);
    expect(contract.signature).toBeNull();
  });

  it('accepts includeParticipantRequirements and returns the same contract', async () => {
    const plain = await readSuccess<FindContractData>(await callKit(sandbox, 'contracts/find?customKey=CN-2025-001'));
    const withRequirements = await readSuccess<FindContractData>(
      await callKit(sandbox, 'contracts/find?customKey=CN-2025-001&includeParticipantRequirements=true'),
    );

    expect(withRequirements).toEqual(plain);
  });

  it('answers 404 NOT_FOUND_CUSTOMER for an unknown contract', async () => {
    const response = await callKit(sandbox, 'contracts/find?uuid=0b0e5d6c-1111-4222-8333-444455556666');

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ok: false,
      errorCode: 'NOT_FOUND_CUSTOMER',
      message: '존재하지 않는 고객입니다.',
    });
  });

  it.each([
    ['a space', 'a4 k1234'],
    ['a Korean letter', '계약-1'],
    ['41 characters', 'k'.repeat(41)],
  ])('answers 400 INVALID_CUSTOMER_CUSTOM_KEY for a customKey with %s', async (_, customKey) => {
    const response = await callKit(sandbox, `contracts/find?customKey=${encodeURIComponent(customKey)}`);

    expect(response.status).toBe(400);
    expect((await readFailure(response)).errorCode).toBe('INVALID_CUSTOMER_CUSTOM_KEY');
  });

  it('accepts a 40-character customKey (and then looks it up)', async () => {
    const response = await callKit(sandbox, `contracts/find?customKey=${'k'.repeat(40)}`);

    expect((await readFailure(response)).errorCode).toBe('NOT_FOUND_CUSTOMER');
  });

  it.each([
    ['both uuid and customKey', `uuid=${seedIds.mou.contractUuid}&customKey=a4-k1234`],
    ['neither uuid nor customKey', ''],
  ])('answers 400 SANDBOX_INVALID_REQUEST with issues when given %s', async (_, search) => {
    const response = await callKit(sandbox, `contracts/find?${search}`);

    expect(response.status).toBe(400);
    const failure = await readFailure(response);
    expect(failure.errorCode).toBe('SANDBOX_INVALID_REQUEST');
    expect(failure.issues).toEqual([
      expect.objectContaining({ message: 'Pass exactly one of `uuid` or `customKey`.' }),
    ]);
  });

  it('rejects an unknown query parameter and a malformed uuid with their paths', async () => {
    const response = await callKit(sandbox, 'contracts/find?uuid=not-a-uuid&colour=blue');

    const failure = await readFailure(response);
    expect(failure.errorCode).toBe('SANDBOX_INVALID_REQUEST');
    expect(failure.issues?.map((issue) => issue.path).sort()).toEqual(['', 'uuid']);
  });
});

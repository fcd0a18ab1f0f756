import {
  cancelSignature,
  concludedFiles,
  createSignatureFromTemplate,
  findContract,
  getContract,
  listContracts,
  listSignatures,
  signatureUsage,
} from '@esign-kit/core/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { SandboxControlError } from '../control/sandboxControl.js';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { request, requestError } from './helpers.js';

const start = new Date('2026-03-01T00:00:00.000Z');
let clock: Date;
let sandbox: Sandbox;
beforeEach(() => {
  clock = start;
  sandbox = createSandbox({ now: () => clock });
});

/** Requests a signature on template 4328 (갑 then 을), linked to customer 1, with a share receiver. */
async function requestSupplyContract(customKey = 'flow-1') {
  return request(sandbox, createSignatureFromTemplate, {
    templateKey: seedIds.templates.supply.id,
    input: {
      title: '흐름 테스트 계약',
      participants: [
        { role: '갑', input: { name: '홍길동', email: 'gildong@prix.im', auth: 'EMAIL', send: 'EMAIL' } },
        { role: '을', input: { name: '김프릭', phone: '010-1234-1234', auth: 'PHONE', send: 'PHONE' } },
      ],
      items: [{ slug: 'amount', contents: '1,000,000' }],
      contract: {
        customKey,
        customers: [{ customKey: 'A5-k159402' }],
        shareNotification: { receivers: [{ method: 'EMAIL', contact: 'share@example.com', name: '공유' }] },
      },
    },
  });
}

const usage = () => request(sandbox, signatureUsage, { createdAtAfter: start.toISOString() });

describe('a signature requested from a template', () => {
  it('appears in the contract list, the signature list, the usage counts and find by customKey', async () => {
    const { signature, contract } = await requestSupplyContract();

    const listed = await request(sandbox, listContracts, {
      customerIds: [1],
      signature: 'included',
      status: 'CREATED',
    });
    expect(listed.contracts.map((row) => row.uuid)).toContain(contract.uuid);
    expect(listed.contracts.find((row) => row.uuid === contract.uuid)?.signature?.status).toBe('WAITING');
    const signatures = await request(sandbox, listSignatures, { createdAtAfter: start.toISOString() });
    expect(signatures).toEqual({
      total: 1,
      data: [expect.objectContaining({ uuid: signature.uuid, status: 'WAITING' })],
    });
    expect(await usage()).toEqual({ total: 1, created: 0, done: 0, waiting: 1, canceled: 0 });
    const found = await request(sandbox, findContract, { customKey: 'flow-1' });
    expect(found.contract).toMatchObject({
      uuid: contract.uuid,
      id: expect.any(String),
      signature: { uuid: signature.uuid },
    });
    expect((await request(sandbox, getContract, { contractUuid: contract.uuid })).contract.status).toBe('CREATED');
  });

  it('moves participants in order, then concludes the contract once everyone signed', async () => {
    const { signature, contract } = await requestSupplyContract();
    const [first, second] = signature.participants.map((participant) => participant.uuid) as [string, string];

    expect(() => sandbox.control.advanceParticipant(second, 'sign')).toThrow(SandboxControlError);
    expect(sandbox.control.advanceParticipant(first, 'sign')).toEqual({
      participant: { uuid: first, status: 'DONE' },
      signature: { uuid: signature.uuid, status: 'WAITING' },
      contract: { uuid: contract.uuid, status: 'CREATED' },
    });
    let found = await request(sandbox, findContract, { uuid: contract.uuid });
    expect(found.contract.signature?.participants.map((participant) => participant.status)).toEqual([
      'DONE',
      'WAITING',
    ]);
    expect(sandbox.state.notifications.at(-1)).toMatchObject({ participantUuid: second, reason: 'REQUEST' });

    clock = new Date('2026-03-02T10:00:00.000Z');
    sandbox.control.advanceParticipant(second, 'sign');

    found = await request(sandbox, findContract, { uuid: contract.uuid });
    expect(found.contract).toMatchObject({
      status: 'CONCLUDED',
      concludedFile: expect.stringContaining(contract.uuid),
      contractDate: { concludedDate: '2026-03-02T10:00:00.000Z' },
      signature: { status: 'DONE' },
    });
    expect(await usage()).toMatchObject({ total: 1, waiting: 0, done: 1 });
    expect(sandbox.state.notifications.slice(-3).map((entry) => [entry.reason, entry.sendAddress])).toEqual([
      ['DONE', 'gildong@prix.im'],
      ['DONE', '010-1234-1234'],
      ['SHARE', 'share@example.com'],
    ]);
    const concluded = await request(sandbox, listContracts, {
      status: 'CONCLUDED',
      createdAtAfter: start.toISOString(),
    });
    expect(concluded.contracts.map((row) => row.uuid)).toEqual([contract.uuid]);
  });

  it('answers SIGNATURE_CERTIFICATE_NOT_READY right after conclusion, and the files a minute later', async () => {
    const { signature } = await requestSupplyContract();
    for (const participant of signature.participants) sandbox.control.advanceParticipant(participant.uuid, 'sign');

    expect(await requestError(sandbox, concludedFiles, { customKey: 'flow-1' })).toEqual([
      409,
      'SIGNATURE_CERTIFICATE_NOT_READY',
    ]);
    clock = new Date(start.getTime() + 60_000);
    expect(await request(sandbox, concludedFiles, { customKey: 'flow-1' })).toEqual({
      concludedFile: expect.stringMatching(/concluded\.pdf$/),
      certificate: expect.stringMatching(/certificate\.pdf$/),
    });
  });

  it('refuses the files of a contract that is not concluded', async () => {
    await requestSupplyContract();

    expect(await requestError(sandbox, concludedFiles, { customKey: 'flow-1' })).toEqual([
      400,
      'SANDBOX_INVALID_REQUEST',
    ]);
    expect(await requestError(sandbox, concludedFiles, { customKey: 'nope' })).toEqual([404, 'NOT_FOUND_CUSTOMER']);
  });

  it('cancels a WAITING signature, then cannot cancel it again nor a DONE one', async () => {
    const { signature } = await requestSupplyContract();

    const canceled = await request(sandbox, cancelSignature, { signatureUuid: signature.uuid });

    expect(canceled).toEqual({
      uuid: signature.uuid,
      title: signature.title,
      expiredDate: signature.expiredDate,
      status: 'CANCELED',
      createdAt: signature.createdAt,
    });
    expect(await usage()).toMatchObject({ waiting: 0, canceled: 1 });
    expect(sandbox.state.notifications.filter((entry) => entry.reason === 'CANCEL')).toHaveLength(2);
    expect(await requestError(sandbox, cancelSignature, { signatureUuid: signature.uuid })).toEqual([
      500,
      'SIGNATURE_CANCEL_FAILED',
    ]);
    expect(await requestError(sandbox, cancelSignature, { signatureUuid: seedIds.concluded.signatureUuid })).toEqual([
      500,
      'SIGNATURE_CANCEL_FAILED',
    ]);
    expect(() => sandbox.control.advanceParticipant(signature.participants[0]?.uuid ?? '', 'sign')).toThrow(/CANCELED/);
  });

  it('answers 404 NOT_FOUND_SIGNATURE when cancelling an unknown signature', async () => {
    expect(
      await requestError(sandbox, cancelSignature, { signatureUuid: '0b0e5d6c-1111-4222-8333-444455556666' }),
    ).toEqual([404, 'NOT_FOUND_SIGNATURE']);
  });

  it('cancels the signature when a participant declines', async () => {
    const { signature, contract } = await requestSupplyContract();

    const result = sandbox.control.advanceParticipant(signature.participants[0]?.uuid ?? '', 'decline');

    expect(result.signature.status).toBe('CANCELED');
    expect((await request(sandbox, findContract, { uuid: contract.uuid })).contract).toMatchObject({
      status: 'CREATED',
      signature: { status: 'CANCELED' },
    });
  });

  it('lists signatures newest first, paged, with the total before paging', async () => {
    const made = [];
    for (const key of ['p-1', 'p-2', 'p-3']) {
      clock = new Date(clock.getTime() + 1000);
      made.push((await requestSupplyContract(key)).signature.uuid);
    }

    const page = await request(sandbox, listSignatures, { createdAtAfter: start.toISOString(), limit: 2, offset: 1 });

    expect(page.total).toBe(3);
    expect(page.data.map((row) => row.uuid)).toEqual([made[1], made[0]]);
    const all = await request(sandbox, listSignatures, {});
    expect(all.total).toBe(7);
    expect(all.data).toHaveLength(7);
  });
});

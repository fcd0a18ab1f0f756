import type { OperationInput, PrixErrorCode } from '@esign-kit/core';
import {
  type AnyOperation,
  builtInOperations,
  createSignatureFromTemplate,
  creditStatus,
  prixErrorCatalogue,
} from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { SandboxControlError } from '../control/sandboxControl.js';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { exampleInputs, examplesNow } from './examples.js';
import { callOperation, readFailure, request, requestError } from './helpers.js';

type Example = typeof exampleInputs;
const unknownUuid = '0b0e5d6c-1111-4222-8333-444455556666';
const { mou, concluded } = seedIds;

/**
 * For each endpoint whose page documents errors: a request that reproduces one of them from the
 * state alone (`failNext` only where no state can, the vendor's "unknown error" 500s), and the
 * code expected.
 */
const scenarios: Record<string, { input: unknown; code: PrixErrorCode; arrange?: (sandbox: Sandbox) => void }> = {
  'contracts.detailUrl': { input: { contractUuid: unknownUuid }, code: 'NOT_FOUND_CUSTOMER' },
  'contracts.find': { input: { customKey: 'bad key!' }, code: 'INVALID_CUSTOMER_CUSTOM_KEY' },
  'contracts.list': { input: { customerCustomKeys: ['bad key!'] }, code: 'INVALID_CUSTOMER_CUSTOM_KEY' },
  'contracts.listUrl': { input: { customerCustomKey: 'NO-SUCH-CUSTOMER' }, code: 'NOT_FOUND_CUSTOMER' },
  'signatures.send': {
    input: { signatureUuid: unknownUuid, participantUuid: mou.emailParticipantUuid },
    code: 'NOT_FOUND_SIGNATURE',
  },
  'signatures.link': {
    input: { signatureUuid: mou.signatureUuid, facilitatorUuid: unknownUuid },
    code: 'SIGNATURE_INVALID_FACILITATOR_UUID',
  },
  'signatures.cancel': { input: { signatureUuid: concluded.signatureUuid }, code: 'SIGNATURE_CANCEL_FAILED' },
  'contracts.concludedFiles': {
    input: { uuid: concluded.contractUuid },
    code: 'SIGNATURE_CERTIFICATE_NOT_READY',
    // Concluded a moment ago by the sandbox clock.
    arrange: (sandbox) => {
      const contract = sandbox.state.contracts.find((candidate) => candidate.uuid === concluded.contractUuid);
      if (contract) contract.contractDate.concludedDate = new Date(examplesNow.getTime() - 5_000).toISOString();
    },
  },
  'templates.createSignature': {
    input: {
      ...exampleInputs['templates.createSignature'],
      input: { ...exampleInputs['templates.createSignature'].input, contract: { customKey: mou.customKey } },
    } satisfies Example['templates.createSignature'],
    code: 'EXISTING_CONTRACT_KEY',
  },
  'templates.bulkUrl': {
    input: { templateKey: seedIds.templates.supply.slug },
    code: 'SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT',
  },
  'business.update': { input: { input: { profile: { ceo: '이름 없음' } } }, code: 'MISSING_PROFILE_NAME' },
  'credits.status': {
    input: {},
    code: 'FAILED_GET_CREDIT',
    arrange: (sandbox) => sandbox.control.failNext('credits.status', 'FAILED_GET_CREDIT'),
  },
  'customers.get': { input: { customerId: 999 }, code: 'NOT_FOUND_CUSTOMER' },
  'customers.list': { input: { customKey: 'bad key!' }, code: 'INVALID_CUSTOMER_CUSTOM_KEY' },
  'customers.update': { input: { customerId: 2, input: { title: '파트너 고객사' } }, code: 'ALREADY_CUSTOMER_EXISTS' },
  'customers.delete': { input: { customerId: 999 }, code: 'NOT_FOUND_CUSTOMER' },
};

const documenting = builtInOperations.filter((operation) => operation.errors.length > 0);

describe('documented errors', () => {
  it('has a scenario for every endpoint that documents errors', () => {
    expect(Object.keys(scenarios).sort()).toEqual(documenting.map((operation) => operation.id).sort());
  });

  it.each(documenting.map((operation) => [operation.id, operation] as const))(
    '%s reproduces a documented error with its documented status',
    async (id, operation) => {
      const scenario = scenarios[id];
      if (!scenario) throw new Error(`No scenario for ${id}`);
      const sandbox = createSandbox({ now: () => examplesNow });
      scenario.arrange?.(sandbox);

      const response = await callOperation(
        sandbox,
        operation as AnyOperation,
        scenario.input as OperationInput<AnyOperation>,
      );
      const body = await readFailure(response);

      expect(operation.errors).toContain(scenario.code);
      expect(body.errorCode).toBe(scenario.code);
      expect(response.status).toBe(prixErrorCatalogue[scenario.code].status);
      expect(body.message).toMatch(/[가-힣]/);
    },
  );

  it.each(builtInOperations.map((operation) => [operation.id, operation] as const))(
    '%s answers 401 UNAUTHORIZED_API_KEY without the key',
    async (id, operation) => {
      const input = exampleInputs[id as keyof Example] as OperationInput<AnyOperation>;

      const response = await callOperation(createSandbox(), operation as AnyOperation, input, { apiKey: null });

      expect(response.status).toBe(401);
      expect((await readFailure(response)).errorCode).toBe('UNAUTHORIZED_API_KEY');
    },
  );
});

describe('control.failNext', () => {
  it('fails the next call only, then the operation works again', async () => {
    const sandbox = createSandbox();
    sandbox.control.failNext('credits.status', 'FAILED_GET_CREDIT');

    expect(await requestError(sandbox, creditStatus, {})).toEqual([500, 'FAILED_GET_CREDIT']);
    expect((await request(sandbox, creditStatus, {})).credit.remainingCount).toBe(127);
  });

  it('changes nothing when it fails a mutation, and can fail several calls', async () => {
    const sandbox = createSandbox({ now: () => examplesNow });
    sandbox.control.failNext('templates.createSignature', 'FAILED_CREATE_CONTRACT', 2);
    const input = exampleInputs['templates.createSignature'];

    expect(await requestError(sandbox, createSignatureFromTemplate, input)).toEqual([500, 'FAILED_CREATE_CONTRACT']);
    expect(await requestError(sandbox, createSignatureFromTemplate, input)).toEqual([500, 'FAILED_CREATE_CONTRACT']);
    expect(sandbox.state.contracts).toHaveLength(5);
    expect((await request(sandbox, createSignatureFromTemplate, input)).signature.status).toBe('WAITING');
  });

  it('is served over HTTP, refuses unknown ids and codes, and is cleared by reset', async () => {
    const sandbox = createSandbox();
    const post = (body: unknown) =>
      sandbox.fetch(
        new Request('http://sandbox.test/__sandbox/fail-next', { method: 'POST', body: JSON.stringify(body) }),
      );

    expect((await post({ operationId: 'credits.status', errorCode: 'FAILED_GET_CREDIT' })).status).toBe(200);
    expect((await post({ operationId: 'credits.nope', errorCode: 'FAILED_GET_CREDIT' })).status).toBe(400);
    expect((await post({ operationId: 'credits.status', errorCode: 'NOT_A_CODE' })).status).toBe(400);
    expect(() => sandbox.control.failNext('credits.status', 'FAILED_GET_CREDIT', 0)).toThrow(SandboxControlError);
    sandbox.reset();
    expect((await request(sandbox, creditStatus, {})).credit.defaultCount).toBe(30);
  });
});

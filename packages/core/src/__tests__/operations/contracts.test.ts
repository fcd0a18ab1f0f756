import { describe, expect, it } from 'vitest';
import {
  concludedFiles,
  contractDetailUrl,
  contractFormUrl,
  contractListUrl,
  contractSignatureUrl,
  getContract,
  legacyContractFormUrl,
  listContracts,
} from '../../operations/contracts/index.js';
import { referenceContractUuid, referenceFindData } from '../fixtures.js';
import { contractExamples, referenceContractListData } from './fixtures/contracts.js';
import { describeReferenceExamples, describeRejections, issuesOf } from './helpers.js';

describeReferenceExamples(contractExamples);

describe('contract inputs', () => {
  it('takes no body at all for the POST form page (the body is optional)', () => {
    expect(issuesOf(contractFormUrl, {})).toEqual([]);
    expect(issuesOf(contractFormUrl, { input: {} })).toEqual([]);
  });

  it('takes exactly one of uuid or customKey for the concluded files', () => {
    const message = 'Pass exactly one of `uuid` or `customKey`.';
    expect(issuesOf(concludedFiles, {})).toEqual([{ path: '', message, code: 'custom' }]);
    expect(issuesOf(concludedFiles, { uuid: referenceContractUuid, customKey: 'a4-k1234' })).toEqual([
      { path: '', message, code: 'custom' },
    ]);
    expect(issuesOf(concludedFiles, { uuid: referenceContractUuid })).toEqual([]);
  });

  describeRejections([
    [
      'a javascript: successUrl',
      contractFormUrl,
      { input: { option: { successUrl: 'javascript:alert(1)' } } },
      { path: 'input.option.successUrl', message: 'Must be an http(s) URL.' },
    ],
    [
      'a default customer without id or customKey',
      contractFormUrl,
      { input: { defaultValue: { customer: {} } } },
      { path: 'input.defaultValue.customer', message: 'Pass the customer `id` or `customKey`.' },
    ],
    [
      'a participant role on the contract form (there is no template)',
      contractFormUrl,
      { input: { defaultValue: { signature: { participants: [{ name: '홍길동', role: '갑' }] } } } },
      { path: 'input.defaultValue.signature.participants.0', message: 'Unknown field(s): role.' },
    ],
    [
      'a malformed contract uuid in the path',
      contractDetailUrl,
      { contractUuid: 'nope' },
      { path: 'contractUuid', message: 'Must be a valid uuid.' },
    ],
    ['a limit over 100', listContracts, { limit: 101 }, { path: 'limit', message: 'Must be at most 100.' }],
    ['a negative offset', listContracts, { offset: -1 }, { path: 'offset', message: 'Must be at least 0.' }],
    [
      'an empty id list',
      listContracts,
      { customerIds: [] },
      { path: 'customerIds', message: 'Pass at least one value, or leave the field out.' },
    ],
    [
      'a customer customKey with a space',
      listContracts,
      { customerCustomKeys: ['A5 k159402'] },
      { path: 'customerCustomKeys.0', message: 'A customer customKey is 1 to 40 letters, digits, "-" or "_".' },
    ],
    [
      'hasNoCustomer: false',
      listContracts,
      { hasNoCustomer: false },
      { path: 'hasNoCustomer', message: 'Only `true` is accepted; leave the filter out otherwise.' },
    ],
    [
      'the DELETED status (not a list filter)',
      listContracts,
      { status: 'DELETED' },
      { path: 'status', message: 'Must be one of "CREATED", "CONCLUDED".' },
    ],
    [
      'a date without time',
      listContracts,
      { createdAtAfter: '2024-07-01' },
      { path: 'createdAtAfter', message: 'Must be a valid ISO date-time.' },
    ],
    [
      'a customer id of 0',
      contractListUrl,
      { customerId: 0 },
      { path: 'customerId', message: 'Must be a positive integer.' },
    ],
    [
      'a customer customKey over 40 characters',
      contractListUrl,
      { customerCustomKey: 'k'.repeat(41) },
      { path: 'customerCustomKey', message: 'A customer customKey is 1 to 40 letters, digits, "-" or "_".' },
    ],
    ['a missing contract uuid', contractSignatureUrl, {}, { path: 'contractUuid', message: 'Required.' }],
    [
      'an unknown field on the deprecated item',
      getContract,
      { contractUuid: referenceContractUuid, includeFiles: true },
      { path: '', message: 'Unknown field(s): includeFiles.' },
    ],
    [
      'a disable value other than customer',
      legacyContractFormUrl,
      { disable: 'contract' },
      { path: 'disable', message: 'Must be one of "customer".' },
    ],
    [
      'an empty contract customKey',
      concludedFiles,
      { customKey: '' },
      { path: 'customKey', message: 'Must not be empty.' },
    ],
  ]);
});

describe('contract data', () => {
  const [listed] = referenceContractListData.contracts;

  it('accepts a string contract id in the list, as find prints one', () => {
    const data = { total: 1, contracts: [{ ...listed, id: '1' }] };
    expect(listContracts.data.safeParse(data).success).toBe(true);
  });

  it('accepts a listed contract without e-signature, and drops fields it does not know', () => {
    const parsed = listContracts.data.safeParse({ total: 1, contracts: [{ ...listed, signature: null, extra: 1 }] });
    expect(parsed.success && parsed.data.contracts[0]).toEqual({ ...listed, signature: null });
  });

  it('rejects a listed contract without its columnItems', () => {
    const { columnItems: _, ...withoutColumns } = listed ?? {};
    expect(listContracts.data.safeParse({ total: 1, contracts: [withoutColumns] }).success).toBe(false);
  });

  it('accepts a deprecated item without e-signature (null or absent, inferred like find), not one without status', () => {
    const contract = { ...referenceFindData.contract, status: 'CREATED', signature: null };
    expect(getContract.data.safeParse({ contract }).success).toBe(true);
    expect(getContract.data.safeParse({ contract: { ...contract, signature: undefined } }).success).toBe(true);
    expect(getContract.data.safeParse({ contract: { ...contract, status: undefined } }).success).toBe(false);
  });

  it('rejects concluded files without the certificate', () => {
    expect(concludedFiles.data.safeParse({ concludedFile: '...concluded.pdf' }).success).toBe(false);
  });
});

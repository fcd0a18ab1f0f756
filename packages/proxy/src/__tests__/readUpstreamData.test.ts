import { findContract, setContractTags } from '@esign-kit/core/server';
import { describe, expect, it } from 'vitest';
import { driftHeaderValue, isNewDrift, readUpstreamData } from '../readUpstreamData.js';

const contract = {
  id: 1,
  uuid: 'ed976505-bcbd-47bd-913d-f4cde05dea7a',
  title: 'A컴퍼니 MOU',
  customers: [],
  file: 'https://files.test/a.pdf',
  concludedFile: null,
  createdAt: '2024-07-05T00:00:00.000Z',
  updatedAt: '2024-07-05T00:00:00.000Z',
  status: 'CREATED',
  type: 'NEW',
  contractDate: { startDate: null, endDate: null, concludedDate: null },
  managerNames: [],
  signature: null,
};

describe('readUpstreamData', () => {
  it('reads a matching answer as the schema does, with no drift', () => {
    expect(readUpstreamData(findContract, { contract: { ...contract, extra: 1 } })).toEqual({
      value: { contract },
      drift: [],
    });
  });

  it('keeps the documented fields of a drifting answer and drops unknown ones at every depth', () => {
    const data = {
      contract: {
        ...contract,
        title: null,
        file: { url: 'https://files.test/a.pdf', token: 'secret' },
        customers: [{ id: 'one', title: 'B', customKey: null, extra: true }],
        extra: { nested: 1 },
      },
      extra: 2,
    };

    const read = readUpstreamData(findContract, data);

    expect(read.drift).toEqual(['contract.customers.*.id', 'contract.file', 'contract.title']);
    // A failing required field keeps a plain JSON value; an object where text was expected is dropped.
    expect(read.value).toEqual({
      contract: { ...contract, title: null, file: undefined, customers: [{ id: 'one', title: 'B', customKey: null }] },
    });
    expect(JSON.stringify(read.value)).not.toMatch(/secret|extra/);
  });

  it('reads a wrong-shaped optional e-signature as absent', () => {
    const read = readUpstreamData(findContract, { contract: { ...contract, signature: 'pending' } });
    expect(read.drift).toEqual(['contract.signature']);
    expect(read.value).toEqual({ contract: { ...contract, signature: undefined } });
  });

  it('reads any data of an operation that documents none as none', () => {
    for (const data of [undefined, null, {}])
      expect(readUpstreamData(setContractTags, data)).toEqual({ value: undefined, drift: [] });
  });

  it('tells each drift once per owner, and keeps header values printable and short', () => {
    const owner = {};
    expect(isNewDrift(owner, 'contracts.find', 'contract.title')).toBe(true);
    expect(isNewDrift(owner, 'contracts.find', 'contract.title')).toBe(false);
    expect(isNewDrift({}, 'contracts.find', 'contract.title')).toBe(true);
    expect(driftHeaderValue('a.\u00e9')).toBe('a.?');
    expect(driftHeaderValue('x'.repeat(2000))).toHaveLength(1000);
  });
});

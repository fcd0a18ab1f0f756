import type { Participant } from '@esign-kit/core';
import { describe, expect, it } from 'vitest';
import { signingSteps } from './signingSteps.js';

const person = (name: string, status: string): Participant => ({
  uuid: `uuid-${name}`,
  name,
  status,
  send: 'EMAIL',
  role: null,
});
const states = (status: string, participants: Participant[]) =>
  signingSteps({ status, participants }).map((step) => `${step.name}:${step.state}`);

describe('signingSteps', () => {
  it('marks who signed, whose turn it is, and who comes next', () => {
    expect(
      states('WAITING', [person('a', 'DONE'), person('b', 'WAITING'), person('c', 'CREATED'), person('d', 'CREATED')]),
    ).toEqual(['a:signed', 'b:current', 'c:next', 'd:waiting']);
  });

  it('has no "next" while nobody is being waited for', () => {
    expect(states('CREATED', [person('a', 'CREATED'), person('b', 'CREATED')])).toEqual(['a:waiting', 'b:waiting']);
  });

  it('leaves everyone who had not signed canceled when the signature is canceled, and keeps a decline', () => {
    expect(states('CANCELED', [person('a', 'DONE'), person('b', 'WAITING'), person('c', 'CREATED')])).toEqual([
      'a:signed',
      'b:canceled',
      'c:canceled',
    ]);
    expect(states('WAITING', [person('a', 'REJECTED'), person('b', 'CREATED')])).toEqual(['a:declined', 'b:waiting']);
  });
});

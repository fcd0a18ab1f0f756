import { describe, expect, it } from 'vitest';
import { eventFilter, isSigningEvent, isSigningEventEnvelope, type SigningEvent, subjectsOf } from '../index.js';

const contract = '11111111-1111-4111-8111-111111111111';
const signature = '33333333-3333-4333-8333-333333333333';

describe('subjectsOf', () => {
  it('names every subject an event concerns, contract included when known', () => {
    expect(subjectsOf({ type: 'contract.status', vendor: 'prix', contractUuid: contract, status: 'CREATED' })).toEqual([
      { kind: 'contract', id: contract },
    ]);
    expect(
      subjectsOf({
        type: 'participant.status',
        vendor: 'prix',
        signatureUuid: signature,
        participantUuid: 'p',
        contractUuid: contract,
        status: 'DONE',
      }),
    ).toEqual([
      { kind: 'signature', id: signature },
      { kind: 'contract', id: contract },
    ]);
    expect(subjectsOf({ type: 'signature.cancelled', vendor: 'prix', signatureUuid: signature })).toEqual([
      { kind: 'signature', id: signature },
    ]);
    expect(subjectsOf({ type: 'page.completed', vendor: 'esignon', page: 'signing', workflowId: '12584' })).toEqual([
      { kind: 'workflow', id: '12584' },
    ]);
    expect(subjectsOf({ type: 'workflow.next-signer', vendor: 'esignon', workflowId: '12584', step: 2 })).toEqual([
      { kind: 'workflow', id: '12584' },
    ]);
  });

  it('filters by subject: an event passes when any of its subjects is subscribed', () => {
    const concerns = eventFilter([{ kind: 'contract', id: contract }]);
    expect(concerns({ type: 'tags.set', vendor: 'prix', contractUuid: contract })).toBe(true);
    expect(concerns({ type: 'tags.set', vendor: 'prix', contractUuid: signature })).toBe(false);
    expect(concerns({ type: 'reminder.sent', vendor: 'prix', signatureUuid: signature })).toBe(false);
    // The same id under another kind is another subject.
    expect(
      eventFilter([{ kind: 'signature', id: contract }])({ type: 'tags.set', vendor: 'prix', contractUuid: contract }),
    ).toBe(false);
  });
});

describe('isSigningEvent', () => {
  it('accepts each event type with its fields', () => {
    const events: SigningEvent[] = [
      { type: 'contract.status', vendor: 'prix', contractUuid: contract, status: 'CREATED' },
      { type: 'signature.status', vendor: 'prix', signatureUuid: signature, status: 'DONE' },
      { type: 'page.completed', vendor: 'prix', page: 'contract-signature', contractUuid: contract },
      { type: 'workflow.status', vendor: 'esignon', workflowId: '12584', status: 'Complete', step: 3 },
    ];
    expect(events.every(isSigningEvent)).toBe(true);
    expect(isSigningEventEnvelope({ id: '1-1', at: new Date(0).toISOString(), event: events[0] })).toBe(true);
  });

  it('refuses unknown types, wrong vendors, missing or mistyped fields, and any field not declared', () => {
    for (const value of [
      null,
      'contract.status',
      { type: 'contract.deleted', vendor: 'prix', contractUuid: contract },
      { type: 'contract.status', vendor: 'esignon', contractUuid: contract, status: 'CREATED' },
      { type: 'contract.status', vendor: 'prix', status: 'CREATED' },
      { type: 'workflow.next-signer', vendor: 'esignon', workflowId: '1', step: '2' },
      { type: 'contract.status', vendor: 'prix', contractUuid: contract, status: 'CREATED', email: 'kim@example.com' },
    ]) {
      expect(isSigningEvent(value)).toBe(false);
    }
  });
});

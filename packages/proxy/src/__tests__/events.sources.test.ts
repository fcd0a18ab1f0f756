import { parseEsignonCallback } from '@esign-kit/core/esignon/server';
import { isSigningEvent } from '@esign-kit/core/events';
import { describe, expect, it } from 'vitest';
import { eventsOfEsignonCallback, eventsOfMutation } from '../events/eventSources.js';
import { authorizeSubjectAsRead } from '../events/subjectAuthorization.js';

const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';
const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';

describe('eventsOfMutation', () => {
  it('names the reminder, the cancellation and the tags set, by id only', () => {
    expect(
      eventsOfMutation({
        operationId: 'signatures.send',
        input: { signatureUuid, participantUuid, sendInput: '010-1234-5678' },
      }),
    ).toEqual([{ type: 'reminder.sent', vendor: 'prix', signatureUuid, participantUuid }]);
    expect(eventsOfMutation({ operationId: 'signatures.cancel', input: { signatureUuid } })).toEqual([
      { type: 'signature.cancelled', vendor: 'prix', signatureUuid },
    ]);
    expect(
      eventsOfMutation({ operationId: 'contracts.setTags', input: { contractUuid, input: { tagIds: [1] } } }),
    ).toEqual([{ type: 'tags.set', vendor: 'prix', contractUuid }]);
  });

  it('tells nothing for other operations or inputs without the id', () => {
    expect(eventsOfMutation({ operationId: 'customers.create', input: { name: '김지원' } })).toEqual([]);
    expect(eventsOfMutation({ operationId: 'signatures.send', input: {} })).toEqual([]);
    expect(eventsOfMutation({ operationId: 'signatures.cancel', input: null })).toEqual([]);
  });
});

describe('eventsOfEsignonCallback', () => {
  const callback = (status: string, extra: Record<string, unknown> = {}) => {
    const parsed = parseEsignonCallback({
      header: { request_code: 'embed' },
      body: {
        wfuid: '12584',
        status,
        worktype: 'CF',
        actionid: '1',
        user_name: '김지원',
        useremail: 'kim@example.com',
        ...extra,
      },
    });
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.callback;
  };

  it('tells the status with its step, and the next signer while playing, nothing personal', () => {
    const events = eventsOfEsignonCallback(
      callback('Playing', {
        next_user_name: '박서준',
        next_play_user: 'park@example.com',
        play_url: 'https://example.com/p',
      }),
    );
    expect(events).toEqual([
      { type: 'workflow.status', vendor: 'esignon', workflowId: '12584', status: 'Playing', step: 1 },
      { type: 'workflow.next-signer', vendor: 'esignon', workflowId: '12584', step: 2 },
    ]);
    expect(events.every(isSigningEvent)).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/@|김|박|http/);
    expect(eventsOfEsignonCallback(callback('Complete'))).toEqual([
      { type: 'workflow.status', vendor: 'esignon', workflowId: '12584', status: 'Complete', step: 1 },
    ]);
  });
});

describe('authorizeSubjectAsRead', () => {
  it("asks the app's authorize as the read of each subject", async () => {
    const asked: { operation: string; input: unknown }[] = [];
    const authorizeSubject = authorizeSubjectAsRead(({ operation, input }) => {
      asked.push({ operation: operation.id, input });
      return operation.id === 'esignon.workflows.get' ? 'not-found' : true;
    });
    const request = new Request('http://127.0.0.1/api/esign/events');
    expect(await authorizeSubject({ request, subject: { kind: 'contract', id: contractUuid } })).toBe(true);
    expect(await authorizeSubject({ request, subject: { kind: 'signature', id: signatureUuid } })).toBe(true);
    expect(await authorizeSubject({ request, subject: { kind: 'workflow', id: '12584' } })).toBe('not-found');
    expect(asked).toEqual([
      { operation: 'contracts.find', input: { uuid: contractUuid } },
      { operation: 'signatures.list', input: {} },
      { operation: 'esignon.workflows.get', input: { workflowId: '12584' } },
    ]);
  });
});

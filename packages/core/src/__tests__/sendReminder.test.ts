import { describe, expect, it } from 'vitest';
import { sendReminder } from '../operations/signatures/sendReminder.js';
import { validateInput } from '../schemas/validateInput.js';
import { referenceParticipantUuid, referenceSendBody, referenceSignatureUuid } from './fixtures.js';

describe('sendReminder input', () => {
  it('accepts the reference example', () => {
    const input = { signatureUuid: referenceSignatureUuid, ...referenceSendBody };
    expect(validateInput(sendReminder, input)).toEqual({ ok: true, value: input });
  });

  it('fills in type REQUEST when it is left out', () => {
    const result = validateInput(sendReminder, {
      signatureUuid: referenceSignatureUuid,
      participantUuid: referenceParticipantUuid,
    });
    expect(result.ok && result.value).toEqual({
      signatureUuid: referenceSignatureUuid,
      participantUuid: referenceParticipantUuid,
      type: 'REQUEST',
    });
  });

  it('reports every problem at once, each at its path', () => {
    const result = validateInput(sendReminder, {
      signatureUuid: referenceSignatureUuid,
      type: 'LATER',
      sendInput: { sendType: 'FAX', sendAddress: '' },
    });
    expect(result.ok || result.issues).toEqual([
      { path: 'participantUuid', message: 'Required.', code: 'required' },
      {
        path: 'type',
        message: 'Must be one of "REQUEST", "DONE".',
        code: 'invalid_value',
        values: ['REQUEST', 'DONE'],
      },
      {
        path: 'sendInput.sendType',
        message: 'Must be one of "EMAIL", "PHONE".',
        code: 'invalid_value',
        values: ['EMAIL', 'PHONE'],
      },
      { path: 'sendInput.sendAddress', message: 'Must be at least 1 character(s).', code: 'required' },
    ]);
  });

  it('rejects unknown fields inside sendInput rather than passing them on', () => {
    const result = validateInput(sendReminder, {
      signatureUuid: referenceSignatureUuid,
      participantUuid: referenceParticipantUuid,
      sendInput: { sendType: 'EMAIL', sendAddress: 'a@b.c', cc: 'x@y.z' },
    });
    expect(result.ok || result.issues).toEqual([
      { path: 'sendInput', message: 'Unknown field(s): cc.', code: 'unknown_field', keys: ['cc'] },
    ]);
  });
});

import type { SendReminderData } from '@esign-kit/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { callKit, readFailure, readSuccess } from './helpers.js';

const { mou } = seedIds;
const fixedNow = new Date('2025-05-01T09:00:00.000Z');

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ now: () => fixedNow });
});

function send(signatureUuid: string, body: unknown): Promise<Response> {
  return callKit(sandbox, `signatures/${signatureUuid}/send`, { method: 'POST', body });
}

describe('POST signatures/{signatureUuid}/send', () => {
  it('defaults to the participant’s own EMAIL channel and records exactly one reminder', async () => {
    const response = await send(mou.signatureUuid, { participantUuid: mou.emailParticipantUuid });

    expect(response.status).toBe(200);
    expect(await readSuccess<SendReminderData>(response)).toEqual({
      participantUuid: mou.emailParticipantUuid,
      sendType: 'EMAIL',
      sendAddress: 'test@prix.im',
    });
    expect(sandbox.state.reminders).toEqual([
      {
        id: 1,
        signatureUuid: mou.signatureUuid,
        participantUuid: mou.emailParticipantUuid,
        type: 'REQUEST',
        sendType: 'EMAIL',
        sendAddress: 'test@prix.im',
        at: '2025-05-01T09:00:00.000Z',
      },
    ]);
  });

  it('defaults to the phone number for a participant reached by PHONE', async () => {
    const data = await readSuccess<SendReminderData>(
      await send(mou.signatureUuid, { participantUuid: mou.phoneParticipantUuid, type: 'DONE' }),
    );

    expect(data).toEqual({
      participantUuid: mou.phoneParticipantUuid,
      sendType: 'PHONE',
      sendAddress: '010-1234-5678',
    });
    expect(sandbox.state.reminders[0]?.type).toBe('DONE');
  });

  it('uses an explicit sendInput instead of the participant’s channel', async () => {
    const sendInput = { sendType: 'PHONE', sendAddress: '010-5555-0101' };

    const data = await readSuccess<SendReminderData>(
      await send(mou.signatureUuid, { participantUuid: mou.emailParticipantUuid, sendInput }),
    );

    expect(data).toEqual({ participantUuid: mou.emailParticipantUuid, ...sendInput });
    expect(sandbox.state.reminders).toEqual([expect.objectContaining(sendInput)]);
  });

  it('numbers reminders in order', async () => {
    await send(mou.signatureUuid, { participantUuid: mou.emailParticipantUuid });
    await send(mou.signatureUuid, { participantUuid: mou.phoneParticipantUuid });

    expect(sandbox.state.reminders.map((reminder) => [reminder.id, reminder.participantUuid])).toEqual([
      [1, mou.emailParticipantUuid],
      [2, mou.phoneParticipantUuid],
    ]);
  });

  it('still sends for a canceled signature, as nothing documents a refusal', async () => {
    const { canceled } = seedIds;

    const response = await send(canceled.signatureUuid, { participantUuid: canceled.participantUuid });

    expect(response.status).toBe(200);
    expect(sandbox.state.reminders).toHaveLength(1);
  });

  it('answers 404 NOT_FOUND_SIGNATURE for an unknown signature and records nothing', async () => {
    const response = await send('0b0e5d6c-1111-4222-8333-444455556666', { participantUuid: mou.emailParticipantUuid });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ok: false,
      errorCode: 'NOT_FOUND_SIGNATURE',
      message: '존재하지 않는 전자서명입니다.',
    });
    expect(sandbox.state.reminders).toEqual([]);
  });

  it('answers 400 INVALID_SIGNATURE_PARTICIPANT_UUID for a participant of another signature', async () => {
    const response = await send(mou.signatureUuid, { participantUuid: seedIds.renewal.participantUuid });

    expect(response.status).toBe(400);
    expect((await readFailure(response)).errorCode).toBe('INVALID_SIGNATURE_PARTICIPANT_UUID');
    expect(sandbox.state.reminders).toEqual([]);
  });

  it('answers 400 SANDBOX_INVALID_REQUEST with issues for a body that breaks the schema', async () => {
    const response = await send(mou.signatureUuid, { type: 'LATER', sendInput: { sendType: 'FAX', sendAddress: '' } });

    expect(response.status).toBe(400);
    const failure = await readFailure(response);
    expect(failure.errorCode).toBe('SANDBOX_INVALID_REQUEST');
    expect(failure.issues?.map((issue) => issue.path).sort()).toEqual([
      'participantUuid',
      'sendInput.sendAddress',
      'sendInput.sendType',
      'type',
    ]);
  });

  it.each([
    ['a text message to "abc"', { sendType: 'PHONE', sendAddress: 'abc' }],
    ['a text message to a landline', { sendType: 'PHONE', sendAddress: '02-123-4567' }],
    ['a text message without hyphens', { sendType: 'PHONE', sendAddress: '01012345678' }],
    ['an e-mail to a phone number', { sendType: 'EMAIL', sendAddress: '010-1234-5678' }],
  ])('refuses %s (the address must suit sendType) and records nothing', async (_, sendInput) => {
    const response = await send(mou.signatureUuid, { participantUuid: mou.emailParticipantUuid, sendInput });

    expect(response.status).toBe(400);
    const failure = await readFailure(response);
    expect(failure.errorCode).toBe('SANDBOX_INVALID_REQUEST');
    expect(failure.issues?.map((issue) => issue.path)).toEqual(['sendInput.sendAddress']);
    expect(sandbox.state.reminders).toEqual([]);
  });

  it('answers 400 SANDBOX_INVALID_REQUEST for a body that is not JSON', async () => {
    const response = await send(mou.signatureUuid, '{"participantUuid":');

    expect(response.status).toBe(400);
    expect((await readFailure(response)).errorCode).toBe('SANDBOX_INVALID_REQUEST');
  });

  it('refuses a signature uuid in the path that is not a uuid', async () => {
    const response = await send('57139f5c', { participantUuid: mou.emailParticipantUuid });

    const failure = await readFailure(response);
    expect(failure.errorCode).toBe('SANDBOX_INVALID_REQUEST');
    expect(failure.issues).toEqual([expect.objectContaining({ path: 'signatureUuid' })]);
  });
});

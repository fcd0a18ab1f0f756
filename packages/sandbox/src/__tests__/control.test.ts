import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { callKit } from './helpers.js';

const { mou } = seedIds;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox();
});

function control(path: string, method = 'GET'): Promise<Response> {
  return sandbox.fetch(new Request(`http://sandbox.test/__sandbox/${path}`, { method }));
}

function sendMouReminder(): Promise<Response> {
  return callKit(sandbox, `signatures/${mou.signatureUuid}/send`, {
    method: 'POST',
    body: { participantUuid: mou.emailParticipantUuid },
  });
}

describe('control surface /__sandbox', () => {
  it('lists reminders without an API key, readable from any origin', async () => {
    await sendMouReminder();

    const response = await control('reminders');

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      ok: true,
      data: { reminders: [expect.objectContaining({ participantUuid: mou.emailParticipantUuid, id: 1 })] },
    });
  });

  it('lists the request log, and does not log its own requests', async () => {
    await callKit(sandbox, 'contracts/find?customKey=a4-k1234', { apiKey: 'wrong' });

    const response = await control('requests');

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      ok: true,
      data: { requests: [expect.objectContaining({ path: '/kit-api/v1/contracts/find', authorized: false })] },
    });
  });

  it('POST reset clears reminders and requests and restores the seed, without a CORS header', async () => {
    await sendMouReminder();
    const signature = sandbox.state.contracts[0]?.signature;
    if (signature) signature.status = 'CANCELED';

    const response = await control('reset', 'POST');

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.json()).toEqual({ ok: true });
    expect(sandbox.state.reminders).toEqual([]);
    expect(sandbox.state.requests).toEqual([]);
    expect(sandbox.state.contracts[0]?.signature?.status).toBe('WAITING');
  });

  it('reset() keeps the state object and arrays a test already holds', async () => {
    const { state } = sandbox;
    const reminders = state.reminders;
    await sendMouReminder();

    sandbox.reset();

    expect(sandbox.state).toBe(state);
    expect(reminders).toEqual([]);
    await sendMouReminder();
    expect(reminders).toEqual([expect.objectContaining({ id: 1 })]);
  });

  it('answers 405 with Allow for a wrong method, so GET cannot reset', async () => {
    await sendMouReminder();

    const response = await control('reset');

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(sandbox.state.reminders).toHaveLength(1);
  });

  it('answers 404 SANDBOX_NOT_FOUND for an unknown control path', async () => {
    const response = await control('toString');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, errorCode: 'SANDBOX_NOT_FOUND' });
  });
});

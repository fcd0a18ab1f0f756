import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { callKit } from './helpers.js';

const unauthorized = { ok: false, errorCode: 'UNAUTHORIZED_API_KEY', message: '유효하지 않은 API KEY 정보입니다.' };
const findMou = `contracts/find?uuid=${seedIds.mou.contractUuid}`;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ apiKey: 'test-key', now: () => new Date('2025-05-01T00:00:00.000Z') });
});

describe('API key check', () => {
  it('accepts the configured key', async () => {
    expect(sandbox.apiKey).toBe('test-key');
    expect((await callKit(sandbox, findMou)).status).toBe(200);
  });

  it('uses sandbox-api-key when no key is configured', async () => {
    const defaults = createSandbox();

    expect(defaults.apiKey).toBe('sandbox-api-key');
    expect((await callKit(defaults, findMou, { apiKey: 'sandbox-api-key' })).status).toBe(200);
  });

  it('answers 401 UNAUTHORIZED_API_KEY without an x-api-key header', async () => {
    const response = await callKit(sandbox, findMou, { apiKey: null });

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual(unauthorized);
  });

  it('answers 401 UNAUTHORIZED_API_KEY for a wrong key', async () => {
    const response = await callKit(sandbox, findMou, { apiKey: 'sandbox-api-key' });

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(unauthorized);
  });

  it('checks the key before routing, so unknown paths do not leak', async () => {
    const response = await callKit(sandbox, 'no/such/path', { apiKey: 'wrong' });

    expect(response.status).toBe(401);
  });

  it('does not run the handler of an unauthorized call', async () => {
    await callKit(sandbox, `signatures/${seedIds.mou.signatureUuid}/send`, {
      method: 'POST',
      apiKey: 'wrong',
      body: { participantUuid: seedIds.mou.emailParticipantUuid },
    });

    expect(sandbox.state.reminders).toEqual([]);
  });

  it('logs unauthorized requests as well as authorized ones', async () => {
    await callKit(sandbox, findMou, { apiKey: null });
    await callKit(sandbox, findMou);

    expect(sandbox.state.requests).toEqual([
      {
        method: 'GET',
        path: '/kit-api/v1/contracts/find',
        search: `?uuid=${seedIds.mou.contractUuid}`,
        at: '2025-05-01T00:00:00.000Z',
        authorized: false,
      },
      expect.objectContaining({ authorized: true }),
    ]);
  });
});

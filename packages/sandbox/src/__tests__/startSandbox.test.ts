import type { FindContractData, SendReminderData } from '@esign-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIds } from '../seed/index.js';
import { type RunningSandbox, startSandbox } from '../startSandbox.js';
import { readFailure, readSuccess } from './helpers.js';

let running: RunningSandbox;
beforeAll(async () => {
  running = await startSandbox({ port: 0, apiKey: 'loopback-key' });
});
afterAll(async () => {
  await running.close();
});

describe('startSandbox over loopback HTTP', () => {
  it('reports the real port it listens on', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.url).not.toMatch(/:0$/);
    expect(running.upstream).toBe(`${running.url}/kit-api/v1`);
    expect(running.sandbox.apiKey).toBe('loopback-key');
  });

  it('serves the reference find example', async () => {
    const response = await fetch(`${running.upstream}/contracts/find?customKey=${seedIds.mou.customKey}`, {
      headers: { 'x-api-key': 'loopback-key' },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await readSuccess<FindContractData>(response)).contract.title).toBe('A컴퍼니 MOU');
  });

  it('reads a POST body, records the reminder, and shows it on the control surface', async () => {
    const response = await fetch(`${running.upstream}/signatures/${seedIds.mou.signatureUuid}/send`, {
      method: 'POST',
      headers: { 'x-api-key': 'loopback-key', 'content-type': 'application/json' },
      body: JSON.stringify({ participantUuid: seedIds.mou.phoneParticipantUuid }),
    });

    expect((await readSuccess<SendReminderData>(response)).sendAddress).toBe('010-1234-5678');
    const listed = await fetch(`${running.url}/__sandbox/reminders`);
    expect(listed.headers.get('access-control-allow-origin')).toBe('*');
    expect(await listed.json()).toEqual({
      ok: true,
      data: { reminders: [expect.objectContaining({ participantUuid: seedIds.mou.phoneParticipantUuid })] },
    });
  });

  it('hands out page URLs on the address it was reached on, and serves them', async () => {
    const response = await fetch(`${running.upstream}/contracts/${seedIds.mou.contractUuid}/url`, {
      headers: { 'x-api-key': 'loopback-key' },
    });
    const { url } = await readSuccess<{ url: string }>(response);

    expect(url.startsWith(`${running.url}/pages/contract-detail/`)).toBe(true);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('contracts.detailUrl');
  });

  it('answers 401 over HTTP without the key', async () => {
    const response = await fetch(`${running.upstream}/contracts/find?customKey=a4-k1234`);

    expect(response.status).toBe(401);
    expect((await readFailure(response)).errorCode).toBe('UNAUTHORIZED_API_KEY');
  });

  it('closes, after which the port refuses connections', async () => {
    const extra = await startSandbox({ port: 0 });
    await extra.close();

    await expect(fetch(`${extra.url}/__sandbox/requests`)).rejects.toThrow();
  });

  it('rejects when the port is taken', async () => {
    const port = Number(new URL(running.url).port);

    await expect(startSandbox({ port })).rejects.toThrow(/EADDRINUSE/);
  });
});

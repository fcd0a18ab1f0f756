import { describe, expect, it } from 'vitest';
import { createSandbox } from '../createSandbox.js';
import { seedIds } from '../seed/index.js';
import { callKit, readFailure } from './helpers.js';

const sandbox = createSandbox();

describe('routing under /kit-api/v1', () => {
  it('answers 404 SANDBOX_NOT_FOUND for a path no operation serves', async () => {
    const response = await callKit(sandbox, 'contracts/nowhere/at-all');

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await readFailure(response)).errorCode).toBe('SANDBOX_NOT_FOUND');
  });

  it('answers 404 for the bare kit prefix and for a trailing slash', async () => {
    const bare = await sandbox.fetch(
      new Request('http://sandbox.test/kit-api/v1', { headers: { 'x-api-key': sandbox.apiKey } }),
    );
    const trailing = await callKit(sandbox, 'contracts/find/?customKey=a4-k1234');

    expect(bare.status).toBe(404);
    expect(trailing.status).toBe(404);
  });

  it('answers 405 SANDBOX_METHOD_NOT_ALLOWED with an Allow header for a wrong method', async () => {
    const response = await callKit(sandbox, 'contracts/find?customKey=a4-k1234', { method: 'POST', body: {} });

    expect(response.status).toBe(405);
    // contracts/find also matches contracts/{contractUuid}, served by GET (deprecated) and PATCH (tags).
    expect(response.headers.get('allow')).toBe('GET, PATCH');
    expect((await readFailure(response)).errorCode).toBe('SANDBOX_METHOD_NOT_ALLOWED');
  });

  it('answers 405 with Allow: POST for a GET on the send endpoint', async () => {
    const response = await callKit(sandbox, `signatures/${seedIds.mou.signatureUuid}/send`);

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('refuses query parameters on a body operation', async () => {
    const response = await callKit(sandbox, `signatures/${seedIds.mou.signatureUuid}/send?type=DONE`, {
      method: 'POST',
      body: { participantUuid: seedIds.mou.emailParticipantUuid },
    });

    const failure = await readFailure(response);
    expect(failure.errorCode).toBe('SANDBOX_INVALID_REQUEST');
    expect(failure.issues).toEqual([expect.objectContaining({ path: 'type' })]);
  });

  it('answers 404 SANDBOX_NOT_FOUND outside /kit-api/v1 and does not log it', async () => {
    const before = sandbox.state.requests.length;

    const response = await sandbox.fetch(new Request('http://sandbox.test/api/v1/contracts/find'));

    expect(response.status).toBe(404);
    expect((await readFailure(response)).errorCode).toBe('SANDBOX_NOT_FOUND');
    expect(sandbox.state.requests).toHaveLength(before);
  });

  it('does not treat a look-alike prefix as the kit', async () => {
    const response = await sandbox.fetch(
      new Request('http://sandbox.test/kit-api/v10/contracts/find?customKey=a4-k1234', {
        headers: { 'x-api-key': sandbox.apiKey },
      }),
    );

    expect(response.status).toBe(404);
  });
});

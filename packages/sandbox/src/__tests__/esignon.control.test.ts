import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esignonSandboxDefaults } from '../esignon/options.js';
import { login, manualClock, start, startEsignonSandbox } from './esignonHelpers.js';

const clock = manualClock();
let context: Awaited<ReturnType<typeof startEsignonSandbox>>;
beforeAll(async () => {
  context = await startEsignonSandbox({
    now: clock.now,
    esignon: { callbackRetryDelaysMs: [1, 1], callbackTimeoutMs: 200 },
  });
});
afterAll(async () => {
  await context.esignon.settled();
  await context.running.close();
});

const control = (path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${context.running.url}/__sandbox/esignon/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('/__sandbox/esignon control routes', () => {
  it('dumps the state without a password, token or callback Authorization', async () => {
    const token = await login(context.base);
    const started = await start(context.base, token, {
      player_list: [
        { field_owner: '1', email: 'boss@example.com', name: '박사장', password: 'pw-secret-9' },
        { field_owner: '2', email: 'b@example.com', name: '둘' },
      ],
    });
    const response = await control('state');
    const text = await response.text();

    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    for (const secret of [
      esignonSandboxDefaults.password,
      token,
      'pw-secret-9',
      'callback-secret-value-123',
      started.token,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(new URL(started.play_url as string).searchParams.get('token'));
    const { data } = JSON.parse(text);
    expect(data).toMatchObject({ companyId: 'esignkit', member: esignonSandboxDefaults.email, liveTokens: 1 });
    expect(data.workflows[0]).toMatchObject({
      workflowId: started.workflow_id,
      status: 'Playing',
      callback: { authorized: true, requestCode: 'embed' },
    });
    expect(data.workflows[0].signers[0]).toMatchObject({ name: '박사장', hasPassword: true, state: 'current' });
  });

  it('signs as signer N, and refuses one whose turn it is not (409) or who does not exist (404)', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);

    expect((await control(`workflows/${workflow_id}/signers/2/sign`, 'POST', {})).status).toBe(409);
    expect((await control(`workflows/${workflow_id}/signers/3/sign`, 'POST', {})).status).toBe(404);
    expect((await control('workflows/999999/signers/1/sign', 'POST', {})).status).toBe(404);
    expect((await control(`workflows/${workflow_id}/signers/1/sign`, 'POST', { action: 'XX' })).status).toBe(400);
    const first = await control(`workflows/${workflow_id}/signers/1/sign`, 'POST', { action: 'CF' });
    expect(await first.json()).toEqual({ ok: true, data: { workflowId: workflow_id, status: 'Playing' } });
    const second = await control(`workflows/${workflow_id}/signers/2/sign`, 'POST');
    expect(await second.json()).toEqual({ ok: true, data: { workflowId: workflow_id, status: 'Complete' } });
  });

  it('refuses state changes from a page on another origin, but lets it read', async () => {
    const foreign = { origin: 'https://evil.example' };

    expect((await control('expire-tokens', 'POST', undefined, foreign)).status).toBe(403);
    expect((await control('reset', 'POST', undefined, foreign)).status).toBe(403);
    expect((await control('state', 'GET', undefined, foreign)).status).toBe(200);
  });

  it('answers 404 for an unknown route and 405 for a wrong method', async () => {
    expect((await control('nope')).status).toBe(404);
    expect((await control('reset')).status).toBe(405);
  });

  it('empties the eSignon state on its own reset and on the sandbox’s POST /__sandbox/reset', async () => {
    const token = await login(context.base);
    await start(context.base, token);
    context.esignon.failNext('5005Q', '13');
    context.esignon.duplicateCallbacks(true);
    expect(context.esignon.snapshot().workflows.length).toBeGreaterThan(0);

    expect((await control('reset', 'POST')).status).toBe(200);
    expect(context.esignon.snapshot()).toMatchObject({
      workflows: [],
      liveTokens: 0,
      injectedFailures: [],
      switches: { duplicateCallbacks: false },
    });

    const before = Number((await start(context.base, await login(context.base))).workflow_id);
    await fetch(`${context.running.url}/__sandbox/reset`, { method: 'POST' });
    expect(context.esignon.snapshot().workflows).toEqual([]);
    // Workflow ids do not start over: a proxy may still hold callback state under the old ones.
    expect(Number((await start(context.base, await login(context.base))).workflow_id)).toBe(before + 1);
  });

  it('answers unknown eSignon paths with 404 and wrong methods with 405', async () => {
    expect((await fetch(`${context.base}/api/v3/workflows/start`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${context.base}/api/esignkit/login`)).status).toBe(405);
  });
});

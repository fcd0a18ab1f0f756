import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { esignonSandboxDefaults } from '../esignon/options.js';
import { legacyPost, login, manualClock, read, start, startBody, startEsignonSandbox } from './esignonHelpers.js';

const clock = manualClock();
let context: Awaited<ReturnType<typeof startEsignonSandbox>>;
beforeAll(async () => {
  context = await startEsignonSandbox({ now: clock.now, esignon: { tokenTtlMs: 60_000 } });
});
beforeEach(() => {
  context.running.sandbox.reset();
});
afterAll(async () => {
  await context.running.close();
});

const company = esignonSandboxDefaults.companyId;
const startUrl = () => `${context.base}/api/${company}/startsimple`;
const cancelUrl = () => `${context.base}/JEDOC/Common.do`;

/** Each call the token guards, with a token or without, as (HTTP status, result_code). */
async function everyCall(token: string | undefined, workflowId: string) {
  const started = await legacyPost(startUrl(), '5005Q', startBody(), token);
  const cancel = await legacyPost(cancelUrl(), '1510Q', { workflow_id: workflowId, command: 'CANCEL' }, token);
  const download = await fetch(`${context.base}/workflow/download`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `esignon ${token}` } : {}) },
    body: JSON.stringify({ workflow_id: workflowId }),
  });
  const downloadAnswer = (await download.json()) as { header: { result_code: string } };
  const v2 = await read(context.base, token, workflowId);
  return {
    start: [started.status, started.answer.header.result_code],
    cancel: [cancel.status, cancel.answer.header.result_code],
    download: [download.status, downloadAnswer.header.result_code],
    read: [v2.status, v2.answer.header.result_code],
  };
}

const refused = { start: [200, '94'], cancel: [200, '94'], download: [200, '94'], read: [401, '94'] };

describe('eSignon access tokens', () => {
  it('refuses a missing, malformed or unknown token: 94 on POST calls, 401 on the v2 read', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);

    expect(await everyCall(undefined, workflow_id as string)).toEqual(refused);
    expect(await everyCall('not-a-token', workflow_id as string)).toEqual(refused);
    const bearer = await fetch(`${context.base}/api/v2/workflows/${workflow_id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.status).toBe(401);
    // Nothing changed: the workflow is still in progress.
    expect((await read(context.base, token, workflow_id as string)).answer.body.workflow_status).toBe('Playing');
  });

  it('accepts the v2 header name Authentication, as the v2 pages spell it', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);
    const response = await fetch(`${context.base}/api/v2/workflows/${workflow_id}`, {
      headers: { authentication: `esignon ${token}` },
    });

    expect(response.status).toBe(200);
  });

  it('expires a token after tokenTtlMs on the sandbox clock', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);
    clock.advance(59_000);
    expect((await read(context.base, token, workflow_id as string)).status).toBe(200);

    clock.advance(1_000);
    expect(await everyCall(token, workflow_id as string)).toEqual(refused);
    const fresh = await login(context.base);
    expect((await read(context.base, fresh, workflow_id as string)).status).toBe(200);
  });

  it('expires every token at once through the control switch', async () => {
    const first = await login(context.base);
    const second = await login(context.base);
    const { workflow_id } = await start(context.base, first);
    const response = await fetch(`${context.running.url}/__sandbox/esignon/expire-tokens`, { method: 'POST' });

    expect(await response.json()).toEqual({ ok: true, data: { expired: 2 } });
    expect((await read(context.base, first, workflow_id as string)).status).toBe(401);
    expect((await read(context.base, second, workflow_id as string)).status).toBe(401);
  });

  it('refuses a token for another company path with 94', async () => {
    const token = await login(context.base);
    const { answer } = await legacyPost(`${context.base}/api/othercompany/startsimple`, '5005Q', startBody(), token);

    expect(answer.header.result_code).toBe('94');
  });
});

describe('every documented result_code on demand (fail next)', () => {
  const documented: [string, string[]][] = [
    ['1001Q', ['10', '12', '95', '99']],
    ['5005Q', ['-1', '10', '11', '12', '13', '19', '20', '99', '94']],
    ['workflows.read', ['10', '94']],
    ['1510Q', ['11', '94']],
    ['workflow.download', ['10', '11', '94']],
  ];

  async function call(name: string, token: string, workflowId: string) {
    if (name === '1001Q') {
      const { status, answer } = await legacyPost(`${context.base}/api/${company}/login`, '1001Q', {
        memb_email: esignonSandboxDefaults.email,
        memb_pwd: esignonSandboxDefaults.password,
      });
      return { status, answer };
    }
    if (name === '5005Q') return legacyPost(startUrl(), '5005Q', startBody(), token);
    if (name === '1510Q')
      return legacyPost(cancelUrl(), '1510Q', { workflow_id: workflowId, command: 'CANCEL' }, token);
    if (name === 'workflows.read') return read(context.base, token, workflowId);
    const response = await fetch(`${context.base}/workflow/download`, {
      method: 'POST',
      headers: { authorization: `esignon ${token}` },
      body: JSON.stringify({ workflow_id: workflowId }),
    });
    return {
      status: response.status,
      answer: (await response.json()) as { header: { result_code: string; result_msg: string } },
    };
  }

  for (const [name, codes] of documented) {
    it.each(codes)(`${name} answers %s once, then works again`, async (code) => {
      const token = await login(context.base);
      const { workflow_id } = await start(context.base, token);
      context.esignon.failNext(name as never, code);

      const failed = await call(name, token, workflow_id as string);
      expect(failed.answer.header.result_code).toBe(code);
      expect(failed.answer.header.result_msg).not.toBe('');
      expect(failed.status).toBe(code === '94' && name === 'workflows.read' ? 401 : 200);

      const next = await call(name, token, workflow_id as string);
      // The download of a workflow in progress is 11 by state, not by injection.
      expect(next.answer.header.result_code).toBe(name === 'workflow.download' ? '11' : '00');
    });
  }

  it('fails the given number of calls and takes an undocumented code for unknown-code tests', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);
    const response = await fetch(`${context.running.url}/__sandbox/esignon/fail-next`, {
      method: 'POST',
      body: JSON.stringify({ call: 'workflows.read', resultCode: '77', times: 2 }),
    });
    expect(response.status).toBe(200);

    expect((await read(context.base, token, workflow_id as string)).answer.header.result_code).toBe('77');
    expect((await read(context.base, token, workflow_id as string)).answer.header.result_code).toBe('77');
    expect((await read(context.base, token, workflow_id as string)).answer.header.result_code).toBe('00');
  });

  it('refuses an unknown call or a malformed code with 400, changing nothing', async () => {
    const bad = async (body: unknown) =>
      (
        await fetch(`${context.running.url}/__sandbox/esignon/fail-next`, {
          method: 'POST',
          body: JSON.stringify(body),
        })
      ).status;

    expect(await bad({ call: '9999Q', resultCode: '10' })).toBe(400);
    expect(await bad({ call: '5005Q', resultCode: '00' })).toBe(400);
    expect(await bad({ call: '5005Q', resultCode: 'abc' })).toBe(400);
    expect(await bad({ call: '5005Q', resultCode: '10', times: 0 })).toBe(400);
    expect(context.esignon.snapshot().injectedFailures).toEqual([]);
  });

  it('documents the 12 conflict: the Korean meaning, the English one named in the message', async () => {
    const token = await login(context.base);
    context.esignon.failNext('5005Q', '12');
    const ko = await legacyPost(startUrl(), '5005Q', startBody(), token);
    context.esignon.failNext('5005Q', '12');
    const en = await legacyPost(`${startUrl()}?lang=en`, '5005Q', startBody(), token);

    expect(ko.answer.header.result_msg).toContain('서비스 이용 기간');
    expect(en.answer.header.result_msg).toContain('body could not be parsed');
  });
});

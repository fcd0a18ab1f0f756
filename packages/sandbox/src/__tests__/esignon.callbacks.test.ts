import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { esignonSandboxDefaults } from '../esignon/options.js';
import { legacyPost, login, manualClock, start, startEsignonSandbox, startReceiver } from './esignonHelpers.js';

const clock = manualClock('2026-12-06T01:00:00.000Z');
let context: Awaited<ReturnType<typeof startEsignonSandbox>>;
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
beforeAll(async () => {
  context = await startEsignonSandbox({
    now: clock.now,
    esignon: { callbackRetryDelaysMs: [10, 20], callbackTimeoutMs: 1000 },
  });
});
afterEach(async () => {
  await context.esignon.settled();
  await receiver?.close();
  receiver = undefined;
  context.running.sandbox.reset();
});
afterAll(async () => {
  await context.running.close();
});

async function startedWith(statuses: (number | 'drop')[] = [], overrides: Record<string, unknown> = {}) {
  receiver = await startReceiver(statuses);
  const token = await login(context.base);
  const started = await start(context.base, token, overrides, receiver.url);
  return { token, workflowId: started.workflow_id as string, started };
}

describe('ExportAPI callbacks in embed mode', () => {
  it('posts Playing with the next signer’s page, then Complete with the document links', async () => {
    const { workflowId } = await startedWith();
    context.esignon.sign(workflowId, 1, 'CF', '확인');
    context.esignon.sign(workflowId, 2);
    await context.esignon.settled();

    const [playing, complete] = receiver?.received ?? [];
    expect(receiver?.received).toHaveLength(2);
    expect(playing?.headers.authorization).toBe('callback-secret-value-123');
    expect(playing?.headers['content-type']).toBe('application/json');
    expect(playing?.body.header).toEqual({ api_name: 'export', session_id: 'S1001', request_code: 'embed' });
    expect(playing?.body.body).toEqual({
      wfluid: '0',
      clientid: '',
      processid: '1',
      requestid: 'embed',
      actionid: '1',
      workdatetime: '2026-12-06 01:00:00.0',
      worktype: 'CF',
      wfuid: workflowId,
      useremail: 'boss@example.com',
      opinion: '확인',
      status: 'Playing',
      user_name: '박사장',
      next_play_user: '010-1234-5678',
      next_user_name: '김민수',
      play_url: context.esignon.signingUrl(workflowId, 2),
    });
    expect(complete?.body.body).toMatchObject({
      status: 'Complete',
      actionid: '2',
      worktype: 'CF',
      user_name: '김민수',
    });
    expect(complete?.body.body.download_url).toMatch(new RegExp(`^${context.base}/files/[\\w-]+$`));
    expect(complete?.body.body.cert_url).toMatch(new RegExp(`^${context.base}/files/[\\w-]+$`));
    expect(complete?.body.body).not.toHaveProperty('play_url');
    // Every value is a string.
    for (const received of receiver?.received ?? []) {
      expect(Object.values(received.body.body).every((value) => typeof value === 'string')).toBe(true);
    }
    const document = await fetch(complete?.body.body.download_url as string);
    expect(document.status).toBe(200);
    expect((await document.text()).startsWith('%PDF-')).toBe(true);
  });

  it('posts Canceled with worktype RT when a signer returns the document', async () => {
    const { workflowId } = await startedWith();
    context.esignon.sign(workflowId, 1, 'RT', '조건이 다릅니다');
    await context.esignon.settled();

    expect(receiver?.received.map((entry) => entry.body.body)).toEqual([
      expect.objectContaining({
        status: 'Canceled',
        worktype: 'RT',
        actionid: '1',
        opinion: '조건이 다릅니다',
        user_name: '박사장',
      }),
    ]);
    expect(() => context.esignon.sign(workflowId, 2)).toThrow(/진행 중이 아닙니다/);
  });

  it('posts Canceled when the workflow is cancelled through 1510Q', async () => {
    const { token, workflowId } = await startedWith();
    const { answer } = await legacyPost(
      `${context.base}/JEDOC/Common.do`,
      '1510Q',
      { workflow_id: workflowId, command: 'CANCEL' },
      token,
    );
    await context.esignon.settled();

    expect(answer.header.result_code).toBe('00');
    expect(receiver?.received.map((entry) => entry.body.body)).toEqual([
      expect.objectContaining({
        status: 'Canceled',
        wfuid: workflowId,
        actionid: '1',
        useremail: esignonSandboxDefaults.email,
      }),
    ]);
  });

  it('retries a receiver that fails, up to 3 attempts', async () => {
    const { workflowId } = await startedWith([500, 'drop', 200]);
    context.esignon.sign(workflowId, 1);
    await context.esignon.settled();

    const [record] = context.esignon.callbacks();
    expect(receiver?.received).toHaveLength(3);
    expect(record?.outcome).toBe('delivered');
    expect(record?.attempts.map((attempt) => attempt.httpStatus ?? 'error')).toEqual([500, 'error', 200]);
  });

  it('gives up after 3 failed attempts and records the failure', async () => {
    const { workflowId } = await startedWith([503, 503, 503, 200]);
    context.esignon.sign(workflowId, 1);
    await context.esignon.settled();

    expect(receiver?.received).toHaveLength(3);
    expect(context.esignon.callbacks()[0]).toMatchObject({ outcome: 'failed', status: 'Playing' });
  });

  it('sends each callback twice with the duplicate switch, same body both times', async () => {
    const { workflowId } = await startedWith();
    const switched = await fetch(`${context.running.url}/__sandbox/esignon/duplicate-callbacks`, {
      method: 'POST',
      body: JSON.stringify({ enabled: true }),
    });
    context.esignon.sign(workflowId, 1);
    await context.esignon.settled();

    expect(switched.status).toBe(200);
    expect(receiver?.received).toHaveLength(2);
    expect(receiver?.received[0]?.body).toEqual(receiver?.received[1]?.body);
    expect(context.esignon.callbacks().map((record) => record.copy)).toEqual([1, 2]);
  });

  it('reports only the first step and the end with api_type StartAndEnd', async () => {
    receiver = await startReceiver();
    const token = await login(context.base);
    const body = {
      doc_id: '101',
      export_api_info: { api_type: 'StartAndEnd', url: receiver.url, request_code: 'embed' },
    };
    const { workflow_id } = await start(context.base, token, body);
    context.esignon.sign(workflow_id as string, 1);
    context.esignon.sign(workflow_id as string, 2);
    await context.esignon.settled();

    expect(receiver.received.map((entry) => entry.body.body.status)).toEqual(['Playing', 'Complete']);
    // No authorization configured: no header sent.
    expect(receiver.received[0]?.headers.authorization).toBeUndefined();
  });

  it('echoes a custom request_code and request_params, without the embed fields', async () => {
    receiver = await startReceiver();
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token, {
      export_api_info: {
        api_type: 'ALL',
        url: receiver.url,
        request_code: 'contract-77',
        clientid: 'member-42',
        request_params: [
          { param_id: 'place', param_value: '없음', fields: [{ doc_id: '101', field_name: '근무지' }] },
          { param_id: 'missing', param_value: 'default', fields: [{ doc_id: '101', field_name: '없는필드' }] },
        ],
      },
    });
    context.esignon.sign(workflow_id as string, 1);
    await context.esignon.settled();

    const body = receiver.received[0]?.body;
    expect(body?.header.request_code).toBe('contract-77');
    expect(body?.body).toMatchObject({
      requestid: 'contract-77',
      clientid: 'member-42',
      place: '서울',
      missing: 'default',
    });
    expect(body?.body).not.toHaveProperty('play_url');
    expect(body?.body).not.toHaveProperty('user_name');
  });

  it('shows the callbacks to tests without the Authorization value', async () => {
    const { workflowId } = await startedWith();
    context.esignon.sign(workflowId, 1);
    await context.esignon.settled();
    const response = await fetch(`${context.running.url}/__sandbox/esignon/callbacks`);
    const text = await response.text();
    const { data } = JSON.parse(text) as {
      data: { callbacks: { url: string; status: string; authorized: boolean }[] };
    };

    expect(data.callbacks).toEqual([
      expect.objectContaining({
        url: receiver?.url,
        status: 'Playing',
        workType: 'CF',
        authorized: true,
        outcome: 'delivered',
      }),
    ]);
    expect(text).not.toContain('callback-secret-value-123');
  });
});

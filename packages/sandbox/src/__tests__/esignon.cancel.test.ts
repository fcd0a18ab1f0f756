import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyPost, login, manualClock, read, start, startEsignonSandbox } from './esignonHelpers.js';

const clock = manualClock();
let context: Awaited<ReturnType<typeof startEsignonSandbox>>;
beforeAll(async () => {
  context = await startEsignonSandbox({ now: clock.now, esignon: { callbackRetryDelaysMs: [1, 1] } });
});
afterAll(async () => {
  await context.esignon.settled();
  await context.running.close();
});

const common = (token: string, body: Record<string, unknown>) =>
  legacyPost(`${context.base}/JEDOC/Common.do`, '1510Q', { comp_id: 'esignkit', biz_id: '0', ...body }, token);

describe('1510Q on /JEDOC/Common.do', () => {
  it('cancels a workflow in progress, then answers 11 because it no longer is', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);
    const first = await common(token, { workflow_id, command: 'CANCEL' });
    const second = await common(token, { workflow_id, command: 'CANCEL' });
    const after = await read(context.base, token, workflow_id as string);

    expect(first.answer.header).toMatchObject({ response_code: '1510A', result_code: '00' });
    expect(second.answer.header.result_code).toBe('11');
    expect(after.answer.body.workflow_status).toBe('Canceled');
    expect((after.answer.body.action_history_list as { step_code: string }[]).at(-1)?.step_code).toBe(
      'WORKFLOW_CANCEL',
    );
  });

  it('answers 11 for a completed workflow, an unknown one, a missing id or an unknown command', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);
    context.esignon.sign(workflow_id as string, 1);
    context.esignon.sign(workflow_id as string, 2);

    expect((await common(token, { workflow_id, command: 'CANCEL' })).answer.header.result_code).toBe('11');
    expect((await common(token, { workflow_id: '999999', command: 'CANCEL' })).answer.header.result_code).toBe('11');
    expect((await common(token, { command: 'CANCEL' })).answer.header.result_code).toBe('11');
    expect((await common(token, { workflow_id, command: 'SHRED' })).answer.header.result_code).toBe('11');
    expect((await read(context.base, token, workflow_id as string)).answer.body.workflow_status).toBe('Complete');
  });

  it('voids a completed workflow with DISPOSAL (description and timezone_offset needed)', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token, {
      doc_id: '102',
      field_list: [],
      player_list: [{ field_owner: '1', email: 'a@example.com', name: '가' }],
    });
    context.esignon.sign(workflow_id as string, 1);

    expect((await common(token, { workflow_id, command: 'DISPOSAL' })).answer.header.result_code).toBe('11');
    const voided = await common(token, {
      workflow_id,
      command: 'DISPOSAL',
      description: '잘못 작성',
      timezone_offset: '+09:00',
    });
    expect(voided.answer.header.result_code).toBe('00');
    expect((await read(context.base, token, workflow_id as string)).answer.body.workflow_status).toBe('Disposal');
  });

  it('hides a cancelled workflow with DELETE: the read answers 10', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);

    expect((await common(token, { workflow_id, command: 'DELETE' })).answer.header.result_code).toBe('11');
    await common(token, { workflow_id, command: 'CANCEL' });
    expect((await common(token, { workflow_id, command: 'DELETE' })).answer.header.result_code).toBe('00');
    expect((await read(context.base, token, workflow_id as string)).answer.header.result_code).toBe('10');
  });
});

describe('v2 read details', () => {
  it('answers 10 for an unknown id and -1 for a malformed offset', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);

    expect((await read(context.base, token, '424242')).answer.header.result_code).toBe('10');
    expect((await read(context.base, token, workflow_id as string, '?offset=9')).answer.header.result_code).toBe('-1');
  });

  it('gives times at the requested offset, +09:00 by default', async () => {
    const token = await login(context.base);
    const { workflow_id } = await start(context.base, token);
    const kst = await read(context.base, token, workflow_id as string);
    const utc = await read(context.base, token, workflow_id as string, '?offset=%2B00%3A00');

    expect(kst.answer.body.create_date).toBe('2026-12-06 10:00:00');
    expect(utc.answer.body.create_date).toBe('2026-12-06 01:00:00');
  });
});

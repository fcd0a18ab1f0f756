import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esignonSandboxDefaults } from '../esignon/options.js';
import { legacyPost, login, manualClock, read, start, startEsignonSandbox } from './esignonHelpers.js';

const clock = manualClock();
let context: Awaited<ReturnType<typeof startEsignonSandbox>>;
beforeAll(async () => {
  context = await startEsignonSandbox({ now: clock.now });
});
afterAll(async () => {
  await context.running.close();
});

const loginUrl = () => `${context.base}/api/${esignonSandboxDefaults.companyId}/login`;

describe('eSignon login (1001Q) over loopback', () => {
  it('answers 1001A with an access token and a KST expire_date', async () => {
    const { status, answer } = await legacyPost(loginUrl(), '1001Q', {
      memb_email: esignonSandboxDefaults.email,
      memb_pwd: esignonSandboxDefaults.password,
    });

    expect(status).toBe(200);
    expect(answer.header).toMatchObject({ response_code: '1001A', result_code: '00' });
    expect(answer.body).toMatchObject({ comp_id: 'esignkit', memb_email: esignonSandboxDefaults.email });
    expect(answer.body.access_token).toMatch(/^[\w-]{20,}$/);
    // 01:00 UTC + 9 h + 30 min token lifetime
    expect(answer.body.expire_date).toBe('2026-12-06 10:30:00');
  });

  it('refuses a wrong password with result_code 10 and no token', async () => {
    const { status, answer } = await legacyPost(loginUrl(), '1001Q', {
      memb_email: esignonSandboxDefaults.email,
      memb_pwd: 'wrong-password',
    });

    expect(status).toBe(200);
    expect(answer.header).toMatchObject({ response_code: '1001A', result_code: '10' });
    expect(answer.body).toEqual({});
  });

  it('refuses another company id with 10 and an unreadable body with 12', async () => {
    const other = await legacyPost(`${context.base}/api/othercompany/login`, '1001Q', {
      memb_email: esignonSandboxDefaults.email,
      memb_pwd: esignonSandboxDefaults.password,
    });
    const unreadable = await fetch(loginUrl(), { method: 'POST', body: 'not json' });

    expect(other.answer.header.result_code).toBe('10');
    expect(((await unreadable.json()) as { header: { result_code: string } }).header.result_code).toBe('12');
  });

  it('answers result_msg in English with ?lang=en', async () => {
    const { answer } = await legacyPost(`${loginUrl()}?lang=en`, '1001Q', {
      memb_email: 'x@example.com',
      memb_pwd: 'x',
    });

    expect(answer.header.result_msg).toBe('Wrong login.');
  });
});

describe('eSignon start (5005Q) in embed mode, read (v2) and the signing page', () => {
  it('starts, answers the first signer’s page, and the v2 read shows the workflow', async () => {
    const token = await login(context.base);
    const started = await start(context.base, token);

    expect(started).toMatchObject({
      comp_id: 'esignkit',
      biz_id: '0',
      memb_email: esignonSandboxDefaults.email,
      workflow_name: '근로계약서 김민수',
      lang: 'ko-KR',
      next_play_user: 'boss@example.com',
      next_play_user_name: '박사장',
    });
    expect(started.workflow_id).toMatch(/^\d+$/);
    expect(started.play_url).toMatch(new RegExp(`^${context.base}/mail/sign\\?token=[\\w-]+$`));
    expect(started.token).not.toBe(new URL(started.play_url as string).searchParams.get('token'));

    const { status, answer } = await read(context.base, token, started.workflow_id as string);
    expect(status).toBe(200);
    expect(answer.header.result_code).toBe('00');
    expect(answer.body).toMatchObject({
      workflow_id: started.workflow_id,
      workflow_name: '근로계약서 김민수',
      workflow_status: 'Playing',
      creator_email: esignonSandboxDefaults.email,
      current_action_id: '1',
      total_action_count: '2',
      create_date: '2026-12-06 10:00:00',
      certificate_url: '',
      download_url: '',
    });
    expect(answer.body.owner_list).toEqual([
      expect.objectContaining({ action_id: '1', turn_yn: 'Y', name: '박사장', email: 'boss@example.com' }),
      expect.objectContaining({ action_id: '2', turn_yn: 'N', name: '김민수', email: '010-1234-5678' }),
    ]);
    expect(answer.body.field_list).toContainEqual(
      expect.objectContaining({ field_name: '시급', field_value: '12000', field_owner: '1' }),
    );
    expect((answer.body.action_history_list as { step_code: string }[]).map((entry) => entry.step_code)).toEqual([
      'WORKFLOW_START',
      'SIGN_REQ',
    ]);
  });

  it('serves the signing page, refusing frames by default, and signs through its form', async () => {
    const token = await login(context.base);
    const started = await start(context.base, token);
    const page = await fetch(started.play_url as string);
    const html = await page.text();

    expect(page.status).toBe(200);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(html).toContain('근로계약서 김민수');
    expect(html).toContain('value="CF"');
    expect(html).toContain('value="RT"');

    const pageToken = new URL(started.play_url as string).searchParams.get('token') as string;
    const posted = await fetch(`${context.base}/mail/sign`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(context.base).origin },
      body: new URLSearchParams({ token: pageToken, command: 'CF', opinion: '좋습니다' }),
    });
    expect(posted.status).toBe(303);

    const after = await read(context.base, token, started.workflow_id as string);
    expect(after.answer.body).toMatchObject({ workflow_status: 'Playing', current_action_id: '2' });
  });
});

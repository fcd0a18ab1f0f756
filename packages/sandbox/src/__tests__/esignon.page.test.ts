import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { login, manualClock, start, startEsignonSandbox } from './esignonHelpers.js';

const clock = manualClock();
let context: Awaited<ReturnType<typeof startEsignonSandbox>>;
let origin: string;
beforeAll(async () => {
  context = await startEsignonSandbox({
    now: clock.now,
    esignon: { callbackRetryDelaysMs: [1, 1], callbackTimeoutMs: 200 },
  });
  origin = context.running.url;
});
afterEach(async () => {
  await context.esignon.settled();
  context.running.sandbox.reset();
});
afterAll(async () => {
  await context.running.close();
});

const callbackUrl = 'https://admin.example.com/api/esign/esignon/callback';

async function started(overrides: Record<string, unknown> = {}) {
  const token = await login(context.base);
  const body = await start(context.base, token, overrides, callbackUrl);
  return {
    token,
    workflowId: body.workflow_id as string,
    playUrl: body.play_url as string,
    starterToken: body.token as string,
  };
}

function post(form: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${context.base}/mail/sign`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...headers },
    body: new URLSearchParams(form),
  });
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token') as string;

describe('the signing page (/mail/sign)', () => {
  it('is plain, accessible HTML in Korean and English with a strict CSP', async () => {
    const { playUrl } = await started();
    const response = await fetch(playUrl);
    const html = await response.text();

    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'nonce-[\w-]+'/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<main>[\s\S]*<h1>전자서명 · Sign<\/h1>/);
    expect(html).toContain('<label for="esignon-opinion">의견 (선택) · Comment (optional)</label>');
    expect(html).toContain('서명하고 완료 · Sign and approve');
    expect(html).toContain('@media (max-width:640px)');
    expect(html).toContain('서울');
  });

  it('escapes what the starter typed', async () => {
    const { playUrl } = await started({
      player_list: [
        { field_owner: '1', email: 'boss@example.com', name: '<img src=x onerror=alert(1)>' },
        { field_owner: '2', email: 'b@example.com', name: '둘' },
      ],
    });
    const html = await (await fetch(playUrl)).text();

    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('lets frames in only when the control switch allows them', async () => {
    const { playUrl } = await started();
    expect((await fetch(playUrl)).headers.get('x-frame-options')).toBe('DENY');

    await fetch(`${context.running.url}/__sandbox/esignon/frames`, {
      method: 'POST',
      body: JSON.stringify({ allow: true }),
    });
    const allowed = await fetch(playUrl);
    expect(allowed.headers.get('x-frame-options')).toBeNull();
    expect(allowed.headers.get('content-security-policy')).not.toContain('frame-ancestors');

    context.running.sandbox.reset();
    expect(context.esignon.snapshot().switches.allowFrames).toBe(false);
  });

  it('shows the second signer that it is not their turn yet, and signs them after the first', async () => {
    const { workflowId, playUrl } = await started();
    const second = context.esignon.signingUrl(workflowId, 2);
    expect(await (await fetch(second)).text()).toContain('아직 서명 차례가 아닙니다');
    const early = await post({ token: tokenOf(second), command: 'CF' });
    expect(early.status).toBe(400);

    expect((await post({ token: tokenOf(playUrl), command: 'CF' })).status).toBe(303);
    expect(await (await fetch(second)).text()).toContain('value="CF"');
    expect(await (await fetch(playUrl)).text()).toContain('이미 처리했습니다');
  });

  it('returns the document with RT, which ends the workflow', async () => {
    const { playUrl } = await started();
    const response = await post({ token: tokenOf(playUrl), command: 'RT', opinion: '반려합니다' });
    const after = await fetch(`${context.base}${response.headers.get('location')?.slice('/esignon'.length)}`);

    expect(response.status).toBe(303);
    expect(await after.text()).toContain('문서를 반려했습니다');
    expect(context.esignon.snapshot().workflows[0]?.status).toBe('Canceled');
  });

  it('asks for the document password when the signer has one', async () => {
    const { playUrl } = await started({
      player_list: [
        { field_owner: '1', email: 'boss@example.com', name: '박사장', password: 'abcd1234', password_hint: '사번' },
        { field_owner: '2', email: 'b@example.com', name: '둘' },
      ],
    });
    expect(await (await fetch(playUrl)).text()).toContain('힌트 · Hint: 사번');

    const wrong = await post({ token: tokenOf(playUrl), command: 'CF', password: 'nope' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('role="alert"');
    expect((await post({ token: tokenOf(playUrl), command: 'CF', password: 'abcd1234' })).status).toBe(303);
  });

  it('refuses a form from another origin, an unknown command and an unknown token', async () => {
    const { playUrl } = await started();

    expect((await post({ token: tokenOf(playUrl), command: 'CF' }, { origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect((await post({ token: tokenOf(playUrl), command: 'OK' })).status).toBe(400);
    expect((await post({ token: 'unknown', command: 'CF' })).status).toBe(404);
    expect((await fetch(`${context.base}/mail/sign?token=unknown`)).status).toBe(404);
    expect(context.esignon.snapshot().workflows[0]?.status).toBe('Playing');
  });

  it('shows the starter a view of the document, with no form', async () => {
    const { starterToken } = await started();
    const html = await (await fetch(`${context.base}/mail/sign?token=${starterToken}`)).text();

    expect(html).toContain('문서 시작자의 보기입니다');
    expect(html).not.toContain('value="CF"');
  });
});

describe('callback_fn=true: the message to the opener', () => {
  async function actedPage(callbackFn: boolean) {
    const { playUrl } = await started();
    const response = await post({
      token: tokenOf(playUrl),
      command: 'CF',
      ...(callbackFn ? { callback_fn: 'true' } : {}),
    });
    const location = response.headers.get('location') as string;
    return fetch(`${context.running.url}${location}`).then((page) => page.text());
  }

  it('posts { source, status, workflowId } only to the callback URL’s origin and configured origins, never "*"', async () => {
    await fetch(`${context.running.url}/__sandbox/esignon/opener-origins`, {
      method: 'POST',
      body: JSON.stringify({ origins: ['http://localhost:5173'] }),
    });
    const html = await actedPage(true);
    const script = html.slice(html.lastIndexOf('<script'));

    expect(script).toContain('"source":"esignon-sandbox","status":"Playing"');
    expect(script).toContain('["https://admin.example.com","http://localhost:5173"]');
    expect(script).toContain('window.opener.postMessage(message, targets[i])');
    expect(script).not.toMatch(/postMessage\(message, '\*'\)/);
  });

  it('posts nothing without callback_fn', async () => {
    const html = await actedPage(false);

    expect(html).toContain('서명을 마쳤습니다');
    expect(html).not.toContain('window.opener.postMessage');
  });

  it('refuses an opener origin that is not an origin', async () => {
    const response = await fetch(`${context.running.url}/__sandbox/esignon/opener-origins`, {
      method: 'POST',
      body: JSON.stringify({ origins: ['*'] }),
    });

    expect(response.status).toBe(400);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveEsignonOptions } from '../esignon/options.js';
import { createEsignonSession, parseExpireDate } from '../esignon/session.js';
import type { UpstreamRequest, UpstreamSend } from '../vendor/Vendor.js';

const options = resolveEsignonOptions({
  upstream: 'http://127.0.0.1:1/esignon',
  companyId: 'esignkit',
  email: 'admin@esignkit.example',
  password: 'sandbox-esignon-pw',
  callback: { url: 'http://127.0.0.1:2/cb', authorization: 'callback-secret-0123456789' },
});

/** A login endpoint that hands out token-1, token-2, … after a tick, with the given expire_date. */
function loginServer(expireDate: () => string | undefined = () => undefined) {
  const requests: UpstreamRequest[] = [];
  const send: UpstreamSend = async (request) => {
    requests.push(request);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const body = { access_token: `token-${requests.length}`, expire_date: expireDate() };
    return { ok: 'reply', status: 200, payload: { header: { response_code: '1001A', result_code: '00' }, body } };
  };
  return { send, requests };
}

describe('the eSignon session', () => {
  it('logs in once for many concurrent calls, then serves the cached token', async () => {
    const server = loginServer();
    const session = createEsignonSession(options);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => session.token(server.send)));
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    expect(await session.token(server.send)).toBe('token-1');
    expect(server.requests).toHaveLength(1);
    const login = server.requests[0] as UpstreamRequest;
    expect(login.url).toBe('http://127.0.0.1:1/esignon/api/esignkit/login');
    expect(JSON.parse(login.body as string)).toEqual({
      header: { request_code: '1001Q' },
      body: { memb_email: 'admin@esignkit.example', memb_pwd: 'sandbox-esignon-pw' },
    });
    expect(login.headers).not.toHaveProperty('authorization');
  });

  it('renews 60 s before expire_date, read as Korean time', async () => {
    let now = Date.parse('2026-12-06T10:00:00+09:00');
    const server = loginServer(() => '2026-12-06 10:10:00');
    const session = createEsignonSession(options, () => now);
    expect(await session.token(server.send)).toBe('token-1');
    now += 8 * 60_000 + 59_000; // 10:08:59: more than 60 s left
    expect(await session.token(server.send)).toBe('token-1');
    now += 1_000; // 10:09:00: renew
    expect(await session.token(server.send)).toBe('token-2');
  });

  it('uses tokenTtlMs when expire_date is missing or unreadable', async () => {
    let now = 0;
    const server = loginServer(() => 'tomorrow');
    const session = createEsignonSession(options, () => now);
    await session.token(server.send);
    now = options.tokenTtlMs - 61_000;
    expect(await session.token(server.send)).toBe('token-1');
    now = options.tokenTtlMs - 60_000;
    expect(await session.token(server.send)).toBe('token-2');
  });

  it('forgets a refused token (only the current one), so the next call logs in again, once', async () => {
    const server = loginServer();
    const session = createEsignonSession(options);
    await session.token(server.send);
    session.refused('token-1');
    const renewed = await Promise.all([session.token(server.send), session.token(server.send)]);
    expect(renewed).toEqual(['token-2', 'token-2']);
    session.refused('token-1'); // a late refusal of the old token changes nothing
    expect(await session.token(server.send)).toBe('token-2');
    expect(server.requests).toHaveLength(2);
    expect(session.recentTokens()).toEqual(['token-2', 'token-1']);
  });

  it('answers a wrong login with ESIGNON_LOGIN_FAILED, eSignon message kept, and tries again next time', async () => {
    let calls = 0;
    const send: UpstreamSend = async () => {
      calls++;
      return {
        ok: 'reply',
        status: 200,
        payload: { header: { result_code: '10', result_msg: '로그인 정보가 올바르지 않습니다' } },
      };
    };
    const session = createEsignonSession(options);
    const failure = await session.token(send);
    expect(failure).toMatchObject({
      ok: false,
      errorCode: 'ESIGNON_LOGIN_FAILED',
      message: '로그인 정보가 올바르지 않습니다',
    });
    expect(typeof failure === 'string' ? undefined : failure.texts?.ko).toMatch(/로그인/);
    await session.token(send);
    expect(calls).toBe(2);
  });

  it('treats an answer without a token as unreadable', async () => {
    const send: UpstreamSend = async () => ({
      ok: 'reply',
      status: 200,
      payload: { header: { result_code: '00' }, body: {} },
    });
    expect(await createEsignonSession(options).token(send)).toMatchObject({
      errorCode: 'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE',
      status: 502,
    });
  });

  it('lets a waiting call log in itself when the shared login died with its browser', async () => {
    let calls = 0;
    const send: UpstreamSend = async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (calls === 1) return { ok: false, errorCode: 'ESIGN_KIT_CLIENT_CLOSED_REQUEST', message: 'gone', status: 499 };
      return {
        ok: 'reply',
        status: 200,
        payload: { header: { result_code: '00' }, body: { access_token: 'token-b' } },
      };
    };
    const session = createEsignonSession(options);
    const [first, second] = await Promise.all([session.token(send), session.token(send)]);
    expect(first).toMatchObject({ errorCode: 'ESIGN_KIT_CLIENT_CLOSED_REQUEST' });
    expect(second).toBe('token-b');
  });
});

describe('parseExpireDate', () => {
  it('reads the sandbox format as +09:00 and ISO texts with their own zone', () => {
    expect(parseExpireDate('2026-12-06 10:00:00')).toBe(Date.parse('2026-12-06T01:00:00Z'));
    expect(parseExpireDate('2026-12-06T10:00:00Z')).toBe(Date.parse('2026-12-06T10:00:00Z'));
    expect(parseExpireDate('2026-12-06 10:00:00.0')).toBe(Date.parse('2026-12-06T01:00:00Z'));
  });

  it('gives up on anything else (the format is undocumented)', () => {
    expect(parseExpireDate(undefined)).toBeUndefined();
    expect(parseExpireDate('1765000000')).toBeUndefined();
    expect(parseExpireDate('2026-13-45 99:00:00')).toBeUndefined();
  });
});

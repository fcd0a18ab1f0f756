import { describeErrorCode } from '@esign-kit/core';
import { describe, expect, it } from 'vitest';
import { jsonResponse, kitError, vendorError } from '../respond.js';

const secret = 'sk_live_0123456789abcdef';

describe('jsonResponse', () => {
  it('serialises a body without key-named fields as it is, with every secret value redacted', async () => {
    const body = { ok: true, data: { list: [{ name: 'a', note: `copied ${secret} here` }], count: 1 } };
    const response = jsonResponse(body, 200, [secret]);
    expect(await response.text()).toBe(JSON.stringify(body).replace(secret, '[redacted]'));
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('drops fields named like a key at any depth, and keeps the name where it is only a value', async () => {
    const body = {
      ok: true,
      data: { apiKey: 'k1', nested: [{ api_key: 'k2', 'x-api-key': 'k3', apikey: 'k4', label: 'apiKey' }] },
    };
    const parsed = JSON.parse(await jsonResponse(body, 200, []).text());
    expect(parsed).toEqual({ ok: true, data: { nested: [{ label: 'apiKey' }] } });
  });
});

describe('error envelopes', () => {
  it("pass Prix's code and text on, with the catalogue's sentences for a documented code", async () => {
    const response = vendorError('NOT_FOUND_SIGNATURE', '존재하지 않는 전자서명', 404, [secret]);
    const { ko, en } = describeErrorCode('NOT_FOUND_SIGNATURE') ?? {};
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ok: false,
      errorCode: 'NOT_FOUND_SIGNATURE',
      message: '존재하지 않는 전자서명',
      texts: { ko, en },
    });
  });

  it('send no sentences for a code Prix has not documented, and still redact its text', async () => {
    const response = vendorError('SOMETHING_NEW', `키 ${secret} 오류`, 500, [secret]);
    expect(await response.json()).toEqual({ ok: false, errorCode: 'SOMETHING_NEW', message: '키 [redacted] 오류' });
  });

  it("give esign-kit's own codes their English message and both sentences", async () => {
    const response = kitError('ESIGN_KIT_RATE_LIMITED', [], { headers: { 'retry-after': '30' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({
      ok: false,
      errorCode: 'ESIGN_KIT_RATE_LIMITED',
      message: 'Too many requests. Try again later.',
      texts: { ko: '요청이 너무 많습니다. 잠시 후 다시 시도하세요.', en: 'Too many requests. Try again later.' },
    });
  });
});

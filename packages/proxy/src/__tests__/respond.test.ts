import { builtInOperations, describeErrorCode } from '@esign-kit/core/server';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, keyLikeName, kitError, vendorError } from '../respond.js';
import { fieldNamesOf } from './schemaFields.js';

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

  it('drops key-like names by pattern, in any case and spelling, at any depth', async () => {
    const keyLike = ['ApiKey', 'API_KEY', 'Api-Key', 'api.key', 'secretKey', 'clientSecret', 'accessToken']
      .concat(['refresh_token', 'x-api-key', 'X-API-KEY', 'password', 'Passwd', 'credentials', 'privateKey'])
      .concat(['AccessKeyId', 'Authorization']);
    const deep = Object.fromEntries(keyLike.map((name) => [name, 'v']));
    const body = { ok: true, data: { extraAuthList: [{ type: 'CODE', ...deep, inner: [{ ...deep, keep: 1 }] }] } };
    const parsed = JSON.parse(await jsonResponse(body, 200, []).text());
    expect(parsed).toEqual({ ok: true, data: { extraAuthList: [{ type: 'CODE', inner: [{ keep: 1 }] }] } });
  });

  it('drops no documented Prix response field (every operation, at any depth)', () => {
    for (const operation of builtInOperations) {
      const dropped = fieldNamesOf(operation.data).filter((name) => keyLikeName.test(name));
      // The two server-only operations return API keys, on purpose, to the server client only.
      expect({ id: operation.id, dropped }).toEqual({
        id: operation.id,
        dropped: operation.serverOnly ? ['apiKey'] : [],
      });
    }
    expect(fieldNamesOf(builtInOperations.find((operation) => operation.id === 'contracts.find')?.data)).toContain(
      'customKey',
    );
  });

  it('serialises once, without a replacer, when no key-like name appears', () => {
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      jsonResponse({ ok: true, data: { customKey: 'a4-k1234', templateKey: 4328 } }, 200, []);
      expect(stringify.mock.calls).toEqual([[{ ok: true, data: { customKey: 'a4-k1234', templateKey: 4328 } }]]);
    } finally {
      stringify.mockRestore();
    }
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

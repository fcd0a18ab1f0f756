import { describe, expect, it } from 'vitest';
import { jsonResponse } from '../respond.js';

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

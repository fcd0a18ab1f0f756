import { describe, expect, it, vi } from 'vitest';
import { esignon } from '../esignon/index.js';
import type { EsignonCallbackEvent } from '../esignon/options.js';
import { createMemoryStore } from '../store/memoryStore.js';
import type { ProxyStore } from '../store/ProxyStore.js';
import type { VendorRoute } from '../vendor/Vendor.js';

const authorization = 'callback-secret-0123456789abcdef';

function setUp() {
  const events: EsignonCallbackEvent[] = [];
  const reports: { errorCode: string; status: number; detail: string }[] = [];
  const vendor = esignon({
    upstream: 'http://127.0.0.1:1/esignon',
    companyId: 'esignkit',
    email: 'admin@esignkit.example',
    password: 'sandbox-esignon-pw',
    callback: { url: 'http://127.0.0.1:2/api/esign/esignon/callback', authorization },
    onCallback: (event) => events.push(event),
  });
  const route = vendor.routes?.[0] as VendorRoute;
  const writes: string[] = [];
  const memory = createMemoryStore();
  const store: ProxyStore = {
    ...memory,
    increment: (key, ttl) => memory.increment(key, ttl),
    get: (key) => memory.get(key),
    delete: (key) => memory.delete(key),
    async set(key, value, ttl) {
      writes.push(key);
      await memory.set(key, value, ttl);
    },
    async setIfAbsent(key, value, ttl) {
      writes.push(key);
      return memory.setIfAbsent(key, value, ttl);
    },
  };
  const context = {
    store,
    report: (errorCode: string, status: number, detail: string) => reports.push({ errorCode, status, detail }),
  };
  async function post(body: unknown, headers: Record<string, string> = { authorization }) {
    const request = new Request('http://127.0.0.1:2/api/esign/esignon/callback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const response = await route.handle(request, context);
    return { status: response.status, body: await response.text() };
  }
  const state = async (workflowId: string) => {
    const raw = await memory.get(`esignon:workflow:esignkit:${workflowId}`);
    return raw === undefined ? undefined : JSON.parse(raw);
  };
  return { post, state, events, reports, writes };
}

function callback(workflowId: string, actionId: string, status: string, extra: Record<string, string> = {}) {
  return {
    header: { api_name: 'export', session_id: 'S1001', request_code: 'embed' },
    body: {
      wfluid: '0',
      wfuid: workflowId,
      actionid: actionId,
      processid: actionId,
      requestid: 'embed',
      worktype: 'CF',
      status,
      workdatetime: '2026-12-06 01:00:00.0',
      useremail: 'signer@example.com',
      opinion: '',
      user_name: '홍길동',
      ...extra,
    },
  };
}

const playing = (workflowId: string, actionId: string, token: string) =>
  callback(workflowId, actionId, 'Playing', {
    next_play_user: 'next@example.com',
    next_user_name: '김다음',
    play_url: `http://127.0.0.1:9/esignon/mail/sign?token=${token}`,
  });

describe('the eSignon callback route', () => {
  it('refuses a wrong, missing or prefixed Authorization with 401, storing and telling nothing', async () => {
    const { post, writes, events, reports } = setUp();
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'wrong' },
      { authorization: `${authorization}x` },
      { authorization: `Bearer ${authorization}` },
    ]) {
      expect((await post(playing('w1', '1', 't1'), headers)).status).toBe(401);
    }
    expect(writes).toEqual([]);
    expect(events).toEqual([]);
    expect(reports.map((report) => report.errorCode)).toEqual(Array(4).fill('ESIGNON_CALLBACK_UNAUTHORIZED'));
    expect(JSON.stringify(reports)).not.toContain(authorization);
  });

  it('answers 400 for a body that is not a callback, storing nothing', async () => {
    const { post, writes } = setUp();
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ header: {}, body: { actionid: '1' } })).status).toBe(400);
    expect((await post([1, 2])).status).toBe(400);
    expect(writes).toEqual([]);
  });

  it('stores the next signer and page, answers 200 {}, and tells onCallback', async () => {
    const { post, state, events } = setUp();
    expect(await post(playing('w1', '1', 't1'))).toEqual({ status: 200, body: '{}' });
    expect(await state('w1')).toMatchObject({
      workflowId: 'w1',
      status: 'Playing',
      actionId: '1',
      workType: 'CF',
      at: '2026-12-06T01:00:00.000Z',
      playUrl: 'http://127.0.0.1:9/esignon/mail/sign?token=t1',
      nextSigner: { name: '김다음', contact: 'next@example.com' },
    });
    expect(events).toEqual([{ workflowId: 'w1', status: 'Playing', duplicate: false }]);
  });

  it('drops a repeated callback (same wfuid, actionid, worktype, status) but still answers 200', async () => {
    const { post, state, events } = setUp();
    await post(playing('w1', '1', 't1'));
    // The same step again, with a different page: a repeat is not read at all.
    expect((await post(playing('w1', '1', 'other'))).status).toBe(200);
    expect((await state('w1')).playUrl).toContain('token=t1');
    expect(events.map((event) => event.duplicate)).toEqual([false, true]);
  });

  it('never moves a Complete workflow back to Playing, and keeps the higher step among Playing', async () => {
    const { post, state } = setUp();
    await post(playing('w1', '2', 't2'));
    await post(playing('w1', '1', 't1')); // late: a lower step
    expect((await state('w1')).playUrl).toContain('token=t2');
    await post(callback('w1', '3', '{Complete}', { download_url: 'http://x/d', cert_url: 'http://x/c' }));
    await post(playing('w1', '4', 't4')); // out of order, even with a higher step
    const final = await state('w1');
    expect(final).toMatchObject({ status: 'Complete', actionId: '3', downloadUrl: 'http://x/d' });
    expect(final.playUrl).toBeUndefined();
  });

  it('keeps the right state when callbacks for one workflow race', async () => {
    const { post, state } = setUp();
    await Promise.all([
      post(playing('w1', '1', 't1')),
      post(callback('w1', '2', 'Complete')),
      post(playing('w1', '1', 't1b')),
    ]);
    expect(await state('w1')).toMatchObject({ status: 'Complete' });
  });

  it('answers 503 and forgets the callback when the store cannot take it, so the resend is kept', async () => {
    const memory = createMemoryStore();
    let failing = true;
    const store: ProxyStore = {
      ...memory,
      increment: (key, ttl) => memory.increment(key, ttl),
      get: (key) => memory.get(key),
      delete: (key) => memory.delete(key),
      setIfAbsent: (key, value, ttl) => memory.setIfAbsent(key, value, ttl),
      async set(key, value, ttl) {
        if (failing) throw new Error('store is full');
        await memory.set(key, value, ttl);
      },
    };
    const route = esignon({
      upstream: 'http://127.0.0.1:1/esignon',
      companyId: 'c',
      email: 'a@b.example',
      password: 'pw',
      callback: { url: 'http://127.0.0.1:2/cb', authorization },
    }).routes?.[0] as VendorRoute;
    const reports: string[] = [];
    const send = () =>
      route.handle(
        new Request('http://127.0.0.1:2/cb', {
          method: 'POST',
          headers: { authorization },
          body: JSON.stringify(playing('w', '1', 't')),
        }),
        { store, report: (code) => reports.push(code) },
      );
    expect((await send()).status).toBe(503);
    expect(reports).toEqual(['ESIGN_KIT_BUSY']);
    failing = false;
    expect((await send()).status).toBe(200);
    expect(JSON.parse((await memory.get('esignon:workflow:c:w')) as string)).toMatchObject({ status: 'Playing' });
  });

  it('answers 200 even when onCallback throws', async () => {
    const route = esignon({
      upstream: 'http://127.0.0.1:1/esignon',
      companyId: 'c',
      email: 'a@b.example',
      password: 'pw',
      callback: { url: 'http://127.0.0.1:2/cb', authorization },
      onCallback: vi.fn(() => {
        throw new Error('listener broke');
      }),
    }).routes?.[0] as VendorRoute;
    const request = new Request('http://127.0.0.1:2/cb', {
      method: 'POST',
      headers: { authorization },
      body: JSON.stringify(playing('w', '1', 't')),
    });
    const response = await route.handle(request, { store: createMemoryStore(), report: () => undefined });
    expect(response.status).toBe(200);
  });
});

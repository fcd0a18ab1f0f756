import { describe, expect, it } from 'vitest';
import { claimIdempotencyKey, type IdempotencyScope } from '../idempotency.js';
import { jsonResponse } from '../respond.js';
import { createMemoryStore } from '../store/memoryStore.js';
import type { ProxyStore } from '../store/ProxyStore.js';
import { ProxyStoreBusyError } from '../store/storeBusyError.js';

const scopeWith = (store: ProxyStore): IdempotencyScope => ({
  store,
  ttlMs: 60_000,
  waitMs: 100,
  tenant: 't',
  operationId: 'signatures.send',
});
const input = { signatureUuid: '57139f5c-37d0-4c30-bdb6-ef6106040756' };

describe('claimIdempotencyKey', () => {
  it('replays with the headers of the first answer, protective ones included', async () => {
    const scope = scopeWith(createMemoryStore());
    const first = await claimIdempotencyKey(scope, 'action-0001', input);
    if (first.kind !== 'first') throw new Error(`expected first, got ${first.kind}`);
    const answer = jsonResponse({ ok: true }, 200, [], { 'x-esign-kit-note': 'kept', 'content-length': '11' });
    const sent = await first.finish(answer);
    const replay = await claimIdempotencyKey(scope, 'action-0001', input);
    if (replay.kind !== 'replay') throw new Error(`expected replay, got ${replay.kind}`);
    const { headers } = replay.response;
    for (const name of ['content-type', 'cache-control', 'x-content-type-options', 'x-esign-kit-note']) {
      expect({ name, value: headers.get(name) }).toEqual({ name, value: sent.headers.get(name) });
    }
    expect([headers.get('idempotent-replayed'), headers.get('content-length')]).toEqual(['true', null]);
  });

  it('answers busy, having done nothing, when the store cannot take the record', async () => {
    const full: ProxyStore = {
      ...createMemoryStore(),
      setIfAbsent: () => Promise.reject(new ProxyStoreBusyError('full', 42)),
    };
    expect(await claimIdempotencyKey(scopeWith(full), 'action-0002', input)).toEqual({
      kind: 'busy',
      retryAfterSeconds: 42,
    });
  });

  it("still returns Prix's answer when the store fails to record it (the action happened)", async () => {
    const store = createMemoryStore();
    const flaky: ProxyStore = { ...store, set: () => Promise.reject(new Error('OOM command not allowed')) };
    const first = await claimIdempotencyKey(scopeWith(flaky), 'action-0003', input);
    if (first.kind !== 'first') throw new Error(`expected first, got ${first.kind}`);
    const sent = await first.finish(jsonResponse({ ok: true, data: { sent: 1 } }, 200, []));
    expect([sent.status, await sent.json()]).toEqual([200, { ok: true, data: { sent: 1 } }]);
    // The record stays pending: a retry is not sent again, it waits and gets "in progress".
    expect(await claimIdempotencyKey(scopeWith(flaky), 'action-0003', input)).toEqual({
      kind: 'conflict',
      reason: 'in-progress',
    });
  });
});

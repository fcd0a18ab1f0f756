import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memoryStore.js';
import { ProxyStoreBusyError } from '../store/storeBusyError.js';

describe('createMemoryStore', () => {
  it('counts within a fixed window and starts again once it expires', async () => {
    let now = 1_000;
    const store = createMemoryStore({ now: () => now });
    expect(await store.increment('k', 100)).toEqual({ count: 1, resetInMs: 100 });
    now += 40;
    expect(await store.increment('k', 100)).toEqual({ count: 2, resetInMs: 60 }); // the window does not move
    now += 60;
    expect(await store.increment('k', 100)).toEqual({ count: 1, resetInMs: 100 });
  });

  it('sets a value only when none is there, until it expires', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    expect(await store.setIfAbsent('k', 'first', 50)).toBe(true);
    expect(await store.setIfAbsent('k', 'second', 50)).toBe(false);
    expect(await store.get('k')).toBe('first');
    now = 50;
    expect(await store.get('k')).toBeUndefined();
    expect(await store.setIfAbsent('k', 'third', 50)).toBe(true);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });

  it('of many racing setIfAbsent calls, exactly one wins', async () => {
    const store = createMemoryStore();
    const wins = await Promise.all(
      Array.from({ length: 20 }, (_, index) => store.setIfAbsent('k', String(index), 1000)),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('when full, refuses a new key rather than forget a live one, and says when to try again', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now, maxEntries: 2 });
    await store.increment('limit', 60_000);
    await store.set('record', 'done', 120_000);
    const refused = store.set('garbage', 'x', 1000);
    await expect(refused).rejects.toBeInstanceOf(ProxyStoreBusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 60 }); // when the first entry expires
    await expect(store.increment('garbage-2', 1000)).rejects.toBeInstanceOf(ProxyStoreBusyError);
    await expect(store.setIfAbsent('garbage-3', 'x', 1000)).rejects.toBeInstanceOf(ProxyStoreBusyError);
    expect([await store.get('limit'), await store.get('record')]).toEqual(['1', 'done']);
    now = 30_000;
    await expect(store.set('garbage', 'x', 1000)).rejects.toMatchObject({ retryAfterSeconds: 30 });
  });

  it('keeps counting and updating the keys it holds while full', async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    await store.increment('limit', 60_000);
    await store.setIfAbsent('record', 'pending', 60_000);
    await expect(store.set('other', 'x', 1000)).rejects.toBeInstanceOf(ProxyStoreBusyError);
    expect(await store.increment('limit', 60_000)).toMatchObject({ count: 2 });
    await store.set('record', 'done', 60_000);
    expect(await store.get('record')).toBe('done');
  });

  it('makes room by dropping expired entries first', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now, maxEntries: 2 });
    await store.set('short', '1', 100);
    await store.set('long', '2', 10_000);
    await expect(store.set('new', '3', 1000)).rejects.toBeInstanceOf(ProxyStoreBusyError);
    now = 100;
    await store.set('new', '3', 1000);
    expect([await store.get('short'), await store.get('long'), await store.get('new')]).toEqual([undefined, '2', '3']);
  });

  it('sweeps again as soon as an entry stored since the last sweep expires', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now, maxEntries: 2 });
    await store.set('a', '1', 10_000);
    await store.set('b', '2', 10_000);
    await expect(store.set('c', '3', 1000)).rejects.toBeInstanceOf(ProxyStoreBusyError); // nothing expires before 10 s
    await store.delete('b');
    await store.set('brief', '4', 50);
    now = 60;
    await store.set('c', '3', 1000);
    expect([await store.get('a'), await store.get('c')]).toEqual(['1', '3']);
  });

  it('refuses a maxEntries that is not a positive integer', () => {
    expect(() => createMemoryStore({ maxEntries: 0 })).toThrow(/maxEntries/);
  });
});

import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memoryStore.js';

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

  it('drops the oldest entries past maxEntries', async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    await store.set('a', '1', 1000);
    await store.set('b', '2', 1000);
    await store.set('c', '3', 1000);
    expect([await store.get('a'), await store.get('b'), await store.get('c')]).toEqual([undefined, '2', '3']);
  });
});

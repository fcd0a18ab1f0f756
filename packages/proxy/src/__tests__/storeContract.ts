import { beforeEach, describe, expect, it } from 'vitest';
import type { ProxyStore } from '../store/ProxyStore.js';

/**
 * Two handles on one shared state: for Redis, two connections, as two proxy instances would
 * have; for memory, the same store twice.
 */
export type StorePair = readonly [ProxyStore, ProxyStore];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What every {@link ProxyStore} must do, in real time (Redis keeps its own clock): the
 * idempotency records and rate limits rely on exactly this.
 */
export function describeStoreContract(name: string, setup: { pair(): StorePair; reset?(): Promise<void> }): void {
  describe(`${name} (ProxyStore contract)`, () => {
    let a: ProxyStore;
    let b: ProxyStore;
    beforeEach(async () => {
      await setup.reset?.();
      [a, b] = setup.pair();
    });

    it('counts in a fixed window that later increments do not move, then starts again', async () => {
      const first = await a.increment('rate', 300);
      expect(first.count).toBe(1);
      expect(first.resetInMs).toBeLessThanOrEqual(300);
      expect(first.resetInMs).toBeGreaterThan(250);
      await sleep(120);
      const second = await b.increment('rate', 300);
      expect(second.count).toBe(2);
      expect(second.resetInMs).toBeLessThanOrEqual(300 - 100); // the same window, not a new one
      await sleep(second.resetInMs + 30);
      expect(await a.increment('rate', 300)).toMatchObject({ count: 1 });
    });

    it('keeps counters of different keys apart', async () => {
      await a.increment('rate:x', 1000);
      await a.increment('rate:x', 1000);
      expect((await b.increment('rate:y', 1000)).count).toBe(1);
      expect((await b.increment('rate:x', 1000)).count).toBe(3);
    });

    it('counts racing increments from both handles exactly once each', async () => {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, index) => (index % 2 ? a : b).increment('rate', 5000)),
      );
      expect(results.map((result) => result.count).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 40 }, (_, index) => index + 1),
      );
      expect(results.every((result) => result.resetInMs > 0 && result.resetInMs <= 5000)).toBe(true);
    });

    it('of many racing setIfAbsent calls from both handles, exactly one wins, and its value stays', async () => {
      const wins = await Promise.all(
        Array.from({ length: 40 }, (_, index) => (index % 2 ? a : b).setIfAbsent('idem', `value-${index}`, 5000)),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect(await b.get('idem')).toBe(`value-${wins.indexOf(true)}`);
    });

    it('setIfAbsent neither replaces nor extends a live value, and stores again once it expired', async () => {
      // Margins of 150 ms or more either side, so a slow machine's late timers do not flip the outcome.
      expect(await a.setIfAbsent('idem', 'first', 400)).toBe(true);
      await sleep(100);
      expect(await b.setIfAbsent('idem', 'second', 400)).toBe(false);
      expect(await a.get('idem')).toBe('first');
      await sleep(450); // past the first TTL; the refused call must not have renewed it
      expect(await b.get('idem')).toBeUndefined();
      expect(await b.setIfAbsent('idem', 'third', 400)).toBe(true);
      expect(await a.get('idem')).toBe('third');
    });

    it('gets, replaces and deletes values, shared between handles', async () => {
      expect(await a.get('missing')).toBeUndefined();
      await a.set('record', '{"state":"pending"}', 5000);
      expect(await b.get('record')).toBe('{"state":"pending"}');
      await b.set('record', '{"state":"done","body":"서명 알림을 보냈습니다 ✓"}', 5000);
      expect(await a.get('record')).toBe('{"state":"done","body":"서명 알림을 보냈습니다 ✓"}');
      await a.delete('record');
      expect(await b.get('record')).toBeUndefined();
      await expect(b.delete('record')).resolves.toBeUndefined(); // deleting nothing is fine
      expect(await b.setIfAbsent('record', 'again', 5000)).toBe(true); // a released key can be claimed
    });

    it('forgets a value once its TTL has passed, and set gives it a fresh TTL', async () => {
      await a.set('short', 'v1', 400);
      await sleep(250);
      await b.set('short', 'v2', 400); // replacing restarts the clock
      await sleep(250); // past the first TTL, well within the second
      expect(await a.get('short')).toBe('v2');
      await sleep(300);
      expect(await a.get('short')).toBeUndefined();
    });
  });
}

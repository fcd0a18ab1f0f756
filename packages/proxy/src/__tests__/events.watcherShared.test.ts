import type { SigningEventEnvelope } from '@esign-kit/core/events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryEventBus } from '../events/memoryEventBus.js';
import type { ContractStatusSnapshot } from '../events/statusSnapshot.js';
import { createStatusWatcher, type StatusWatch, type StatusWatcher } from '../events/statusWatcher.js';
import { createMemoryStore } from '../store/memoryStore.js';
import type { ProxyStore } from '../store/ProxyStore.js';

// Two status watchers standing for two proxy instances: one store object and one bus shared
// in-process, as Redis shares them between machines. Reads are counted at an injected
// fetchStatus, labelled with the instance that made them; time is faked.
const contract = '11111111-1111-4111-8111-111111111111';
const signature = '33333333-3333-4333-8333-333333333333';
const [first, second] = ['44444444-4444-4444-8444-444444444444', '55555555-5555-4555-8555-555555555555'];
const pageOpenMs = 2000;
const idleMs = 15_000;

function snapshot(firstStatus: string, secondStatus = 'CREATED'): ContractStatusSnapshot {
  return {
    contractUuid: contract,
    status: 'CREATED',
    signature: {
      uuid: signature,
      status: 'WAITING',
      participants: [
        { uuid: first, status: firstStatus },
        { uuid: second, status: secondStatus },
      ],
    },
  };
}

/** Prix as the sandbox would answer, one state for every instance, each read logged with its reader. */
function upstream() {
  const reads: { by: string; at: number }[] = [];
  let answer = snapshot('WAITING');
  let delayMs = 0;
  return {
    reads,
    readsBy: (by: string) => reads.filter((read) => read.by === by),
    set(next: ContractStatusSnapshot) {
      answer = next;
    },
    slow(ms: number) {
      delayMs = ms;
    },
    fetchStatusFor: (by: string) => async () => {
      reads.push({ by, at: Date.now() });
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return answer;
    },
  };
}

const cleanup: (() => void)[] = [];
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
  vi.useRealTimers();
});

/** Two instances on one store and one bus; what the bus carried is recorded once per event. */
async function twoInstances(store: ProxyStore = createMemoryStore()) {
  const source = upstream();
  const bus = createMemoryEventBus();
  const heard: SigningEventEnvelope[] = [];
  await bus.subscribe((envelope) => heard.push(envelope));
  const make = (name: string): StatusWatcher =>
    createStatusWatcher({
      fetchStatus: source.fetchStatusFor(name),
      bus,
      store,
      instanceId: name,
      intervals: { pageOpenMs, idleMs },
    });
  const [a, b] = [make('a'), make('b')];
  cleanup.push(
    () => a.close(),
    () => b.close(),
  );
  return { source, heard, a, b };
}

const screens = (watcher: StatusWatcher, count: number, pageOpen: boolean): StatusWatch[] =>
  Array.from({ length: count }, () => watcher.watch(contract, { pageOpen }));

const gapsOf = (reads: readonly { at: number }[]) =>
  reads.slice(1).map((read, index) => read.at - (reads[index]?.at ?? 0));

describe('status watchers of several instances sharing a store', () => {
  it('read a contract once per interval between them, and tell each change once', async () => {
    const { source, heard, a, b } = await twoInstances();
    screens(a, 20, true);
    await vi.advanceTimersByTimeAsync(700); // B's screens arrive a little later, out of step
    screens(b, 20, true);
    const intervals = 10;
    await vi.advanceTimersByTimeAsync(intervals * pageOpenMs - 700);
    // One read per interval (plus the baseline), not one per instance: two would make 2N + 2.
    expect(source.reads.length).toBeGreaterThanOrEqual(intervals);
    expect(source.reads.length).toBeLessThanOrEqual(intervals + 1);
    expect(Math.min(...gapsOf(source.reads))).toBeGreaterThanOrEqual(pageOpenMs - 1);
    expect(heard).toEqual([]);

    // A participant signs: whichever instance reads next tells it, once, and nobody again.
    source.set(snapshot('DONE'));
    await vi.advanceTimersByTimeAsync(5 * pageOpenMs);
    expect(heard.map((envelope) => envelope.event)).toEqual([
      expect.objectContaining({ type: 'participant.status', participantUuid: first, status: 'DONE' }),
    ]);
    // The next change is compared with the last read by anyone, so again one event.
    source.set(snapshot('DONE', 'WAITING'));
    await vi.advanceTimersByTimeAsync(5 * pageOpenMs);
    expect(heard.map((envelope) => envelope.event)).toEqual([
      expect.objectContaining({ participantUuid: first, status: 'DONE' }),
      expect.objectContaining({ participantUuid: second, status: 'WAITING' }),
    ]);
    expect(source.reads.length).toBeLessThanOrEqual(intervals + 10 + 1);
  });

  it('keeps a fast instance (page open) at its pace beside an idle one holding the claim', async () => {
    const { source, a, b } = await twoInstances();
    source.slow(300); // the idle instance's read is still on its way, its claim held, when B comes
    const start = Date.now();
    screens(a, 20, false);
    await vi.advanceTimersByTimeAsync(100);
    screens(b, 20, true);
    await vi.advanceTimersByTimeAsync(30_000);
    const fast = source.readsBy('b');
    // Reads one fast interval after the idle read's answer (at 300 ms), never 15 s later, and
    // from then on every fast interval (counted, as on one instance, from each answer).
    expect((fast[0]?.at ?? Number.POSITIVE_INFINITY) - start).toBeLessThanOrEqual(300 + pageOpenMs);
    expect(Math.max(...gapsOf(fast))).toBeLessThanOrEqual(pageOpenMs + 300);
    expect(fast.length).toBeGreaterThanOrEqual(12);
    // The idle instance reads no more while the fast one's reads serve it too.
    expect(source.readsBy('a')).toHaveLength(1);
  });

  it('takes over within an interval when the instance reading stops watching', async () => {
    const { source, a, b } = await twoInstances();
    const onA = screens(a, 20, true);
    const onB = screens(b, 20, true);
    await vi.advanceTimersByTimeAsync(5 * pageOpenMs);
    const reader = source.reads.at(-1)?.by;
    expect(reader).toBeDefined();
    for (const watch of reader === 'a' ? onA : onB) watch.release();
    const lastByReader = source.reads.at(-1)?.at ?? 0;
    await vi.advanceTimersByTimeAsync(3 * pageOpenMs);
    const after = source.reads.filter((read) => read.at > lastByReader);
    expect(after.every((read) => read.by !== reader)).toBe(true);
    expect((after[0]?.at ?? Number.POSITIVE_INFINITY) - lastByReader).toBeLessThanOrEqual(pageOpenMs);
    expect(after.length).toBeGreaterThanOrEqual(2);
    for (const watch of [...onA, ...onB]) watch.release();
  });

  it('reads on one instance with the in-memory store exactly as without a store', async () => {
    const readTimes = async (store: ProxyStore | undefined) => {
      const source = upstream();
      const watcher = createStatusWatcher({
        fetchStatus: source.fetchStatusFor('one'),
        bus: createMemoryEventBus(),
        store,
      });
      const watch = watcher.watch(contract);
      await vi.advanceTimersByTimeAsync(31_000);
      watch.setPageOpen(true); // hurries: 1 s after the last read
      await vi.advanceTimersByTimeAsync(5000);
      source.slow(500);
      await vi.advanceTimersByTimeAsync(1100);
      watch.release(); // aborts a read on its way: its claim is still in the store
      const again = watcher.watch(contract, { pageOpen: true });
      await vi.advanceTimersByTimeAsync(10_000);
      again.release();
      watcher.close();
      const start = source.reads[0]?.at ?? 0;
      return source.reads.map((read) => read.at - start);
    };
    const without = await readTimes(undefined);
    const withStore = await readTimes(createMemoryStore());
    expect(withStore).toEqual(without);
    expect(without.length).toBeGreaterThan(8);
  });

  it('reads anyway, telling onError, when the shared store fails', async () => {
    const source = upstream();
    const errors: unknown[] = [];
    const broken: ProxyStore = {
      increment: () => Promise.reject(new Error('store down')),
      setIfAbsent: () => Promise.reject(new Error('store down')),
      get: () => Promise.reject(new Error('store down')),
      set: () => Promise.reject(new Error('store down')),
      delete: () => Promise.reject(new Error('store down')),
    };
    const watcher = createStatusWatcher({
      fetchStatus: source.fetchStatusFor('one'),
      bus: createMemoryEventBus(),
      store: broken,
      intervals: { pageOpenMs },
      onError: (error) => errors.push(error),
    });
    cleanup.push(() => watcher.close());
    watcher.watch(contract, { pageOpen: true });
    await vi.advanceTimersByTimeAsync(3 * pageOpenMs);
    expect(source.reads).toHaveLength(4);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error instanceof Error && error.message === 'store down')).toBe(true);
  });

  it('ignores a stored snapshot that is not one, and starts a new baseline', async () => {
    const store = createMemoryStore();
    await store.set(`esign-kit:watch-snapshot::${contract}`, '{"snapshot":{"contractUuid":"x"},"by":1}', 60_000);
    const { source, heard, a } = await twoInstances(store);
    screens(a, 1, true);
    await vi.advanceTimersByTimeAsync(pageOpenMs);
    expect(source.reads).toHaveLength(2);
    expect(heard).toEqual([]);
  });
});

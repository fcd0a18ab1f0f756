import type { SigningEvent } from '@esign-kit/core/events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContractStatusSnapshot } from '../events/statusSnapshot.js';
import { createStatusWatcher, type StatusTarget } from '../events/statusWatcher.js';

// The watcher on fake timers: how many reads it makes is counted at an injected fetchStatus.
const contract = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';
const signature = '33333333-3333-4333-8333-333333333333';
const [first, second] = ['44444444-4444-4444-8444-444444444444', '55555555-5555-4555-8555-555555555555'];

function snapshot(contractStatus: string, signatureStatus: string, firstStatus: string, secondStatus: string) {
  return {
    contractUuid: contract,
    status: contractStatus,
    signature: {
      uuid: signature,
      status: signatureStatus,
      participants: [
        { uuid: first, status: firstStatus },
        { uuid: second, status: secondStatus },
      ],
    },
  } satisfies ContractStatusSnapshot;
}

/** A fetchStatus whose answers the test sets, recording each read and how many overlap. */
function upstream() {
  const reads: { target: StatusTarget; signal: AbortSignal; at: number }[] = [];
  let answer: ContractStatusSnapshot | Error = snapshot('CREATED', 'WAITING', 'WAITING', 'CREATED');
  let active = 0;
  let maxActive = 0;
  let delayMs = 0;
  return {
    reads,
    maxActive: () => maxActive,
    set(next: ContractStatusSnapshot | Error) {
      answer = next;
    },
    slow(ms: number) {
      delayMs = ms;
    },
    fetchStatus: async (target: StatusTarget, signal: AbortSignal) => {
      reads.push({ target, signal, at: Date.now() });
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (answer instanceof Error) throw answer;
        return { ...answer, contractUuid: target.contractUuid };
      } finally {
        active--;
      }
    },
  };
}

function recordingBus() {
  const published: SigningEvent[] = [];
  return {
    published,
    bus: {
      publish: async (event: SigningEvent) => {
        published.push(event);
        return { id: String(published.length), at: new Date().toISOString(), event };
      },
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createStatusWatcher', () => {
  it('reads a contract once per interval however many watch it', async () => {
    const source = upstream();
    const { bus } = recordingBus();
    const watcher = createStatusWatcher({
      fetchStatus: source.fetchStatus,
      bus,
      intervals: { pageOpenMs: 2000, idleMs: 15_000 },
    });
    const watches = Array.from({ length: 50 }, () => watcher.watch(contract, { pageOpen: true }));
    await vi.advanceTimersByTimeAsync(0); // the first read: the baseline
    expect(source.reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(source.reads).toHaveLength(1 + 5);
    expect(source.maxActive()).toBe(1);
    expect(watcher.size).toBe(1);
    for (const watch of watches) watch.release();
  });

  it('polls slowly with nobody on a page, fast while a page is open, and hurries when one opens', async () => {
    const source = upstream();
    const watcher = createStatusWatcher({ fetchStatus: source.fetchStatus, bus: recordingBus().bus });
    const watch = watcher.watch(contract);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(source.reads).toHaveLength(1 + 2); // at 0, 15 s, 30 s
    await vi.advanceTimersByTimeAsync(1000);
    watch.setPageOpen(true); // 1 s after the last read: the next comes 1 s later, not 14 s
    await vi.advanceTimersByTimeAsync(1000);
    expect(source.reads).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(4000);
    expect(source.reads).toHaveLength(6);
    watch.setPageOpen(false);
    await vi.advanceTimersByTimeAsync(14_000);
    expect(source.reads).toHaveLength(7); // the timer set at the fast interval, then slow again
    await vi.advanceTimersByTimeAsync(15_000);
    expect(source.reads).toHaveLength(8);
    watch.release();
  });

  it('publishes each status that changed, once, and nothing on the first read or an unchanged one', async () => {
    const source = upstream();
    const { bus, published } = recordingBus();
    const watcher = createStatusWatcher({ fetchStatus: source.fetchStatus, bus, intervals: { pageOpenMs: 1000 } });
    const watch = watcher.watch(contract, { pageOpen: true });
    await vi.advanceTimersByTimeAsync(3000);
    expect(published).toEqual([]);
    source.set(snapshot('CREATED', 'WAITING', 'DONE', 'WAITING'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(published).toEqual([
      {
        type: 'participant.status',
        vendor: 'prix',
        signatureUuid: signature,
        participantUuid: first,
        contractUuid: contract,
        status: 'DONE',
      },
      {
        type: 'participant.status',
        vendor: 'prix',
        signatureUuid: signature,
        participantUuid: second,
        contractUuid: contract,
        status: 'WAITING',
      },
    ]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(published).toHaveLength(2);
    source.set(snapshot('CONCLUDED', 'DONE', 'DONE', 'DONE'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(published.slice(2).map((event) => event.type)).toEqual([
      'participant.status',
      'signature.status',
      'contract.status',
    ]);
    expect(published.at(-1)).toEqual({
      type: 'contract.status',
      vendor: 'prix',
      contractUuid: contract,
      status: 'CONCLUDED',
    });
    // Only ids and statuses: nothing else rides along.
    expect(JSON.stringify(published)).not.toMatch(/@|name|phone|http/i);
    watch.release();
  });

  it('stops reading when the last watcher leaves, aborting a read on its way', async () => {
    const source = upstream();
    const watcher = createStatusWatcher({
      fetchStatus: source.fetchStatus,
      bus: recordingBus().bus,
      intervals: { idleMs: 1000 },
    });
    const one = watcher.watch(contract);
    const two = watcher.watch(contract);
    const elsewhere = watcher.watch(other);
    await vi.advanceTimersByTimeAsync(2000);
    expect(source.reads.filter((read) => read.target.contractUuid === contract)).toHaveLength(3);
    one.release();
    one.release(); // twice changes nothing
    await vi.advanceTimersByTimeAsync(1000);
    expect(source.reads.filter((read) => read.target.contractUuid === contract)).toHaveLength(4);
    source.slow(500);
    await vi.advanceTimersByTimeAsync(1100); // a read has started and is waiting for its answer
    const pending = source.reads.filter((read) => read.target.contractUuid === contract).at(-1);
    two.release();
    expect(pending?.signal.aborted).toBe(true);
    expect(watcher.size).toBe(1);
    const before = source.reads.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(source.reads.slice(before).every((read) => read.target.contractUuid === other)).toBe(true);
    elsewhere.release();
    expect(watcher.size).toBe(0);
    const after = source.reads.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(source.reads).toHaveLength(after);
  });

  it('backs off after failures, doubling the wait up to the cap, and comes back to the interval', async () => {
    const source = upstream();
    const errors: unknown[] = [];
    const watcher = createStatusWatcher({
      fetchStatus: source.fetchStatus,
      bus: recordingBus().bus,
      intervals: { idleMs: 1000, maxBackoffMs: 8000 },
      random: () => 0,
      onError: (error) => errors.push(error),
    });
    const watch = watcher.watch(contract);
    await vi.advanceTimersByTimeAsync(0);
    source.set(new Error('Prix is down'));
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 8000 + 8000 + 1);
    const gaps = source.reads.slice(1).map((read, index) => read.at - (source.reads[index]?.at ?? 0));
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(errors).toHaveLength(5);
    source.set(snapshot('CREATED', 'WAITING', 'WAITING', 'CREATED'));
    await vi.advanceTimersByTimeAsync(8000 + 1000 + 1000);
    const lastGaps = source.reads.slice(-2).map((read, index, list) => (index ? read.at - (list[0]?.at ?? 0) : 0));
    expect(lastGaps[1]).toBe(1000);
    watch.release();
  });

  it('keeps scopes apart and reads with a current watcher’s request', async () => {
    const source = upstream();
    const watcher = createStatusWatcher({ fetchStatus: source.fetchStatus, bus: recordingBus().bus });
    const requestA = new Request('http://127.0.0.1/a');
    const requestB = new Request('http://127.0.0.1/b');
    const a = watcher.watch(contract, { scope: 'tenant-a', request: requestA });
    const b = watcher.watch(contract, { scope: 'tenant-b', request: requestB });
    await vi.advanceTimersByTimeAsync(0);
    expect(watcher.size).toBe(2);
    expect(source.reads.map((read) => [read.target.scope, read.target.request])).toEqual([
      ['tenant-a', requestA],
      ['tenant-b', requestB],
    ]);
    a.release();
    b.release();
  });
});

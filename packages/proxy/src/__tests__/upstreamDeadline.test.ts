import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDeadline } from '../upstreamDeadline.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('startDeadline', () => {
  it('aborts with a TimeoutError once the time is up, and says it timed out', () => {
    vi.useFakeTimers();
    const deadline = startDeadline(300, new AbortController().signal);
    vi.advanceTimersByTime(299);
    expect([deadline.signal.aborted, deadline.ended]).toEqual([false, undefined]);
    vi.advanceTimersByTime(1);
    expect([deadline.signal.aborted, deadline.ended]).toEqual([true, 'timeout']);
    expect((deadline.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('aborts as soon as the client goes away (or has gone), and says the client closed', () => {
    const client = new AbortController();
    const deadline = startDeadline(60_000, client.signal);
    client.abort(new Error('client left'));
    expect([deadline.signal.aborted, deadline.ended]).toEqual([true, 'client-closed']);
    expect(deadline.signal.reason).toEqual(new Error('client left'));
    const late = startDeadline(60_000, client.signal);
    expect([late.signal.aborted, late.ended]).toEqual([true, 'client-closed']);
    deadline.release();
    late.release();
  });

  it('lets go of the timer and the client signal once released', () => {
    vi.useFakeTimers();
    const client = new AbortController();
    const deadline = startDeadline(300, client.signal);
    deadline.release();
    expect(vi.getTimerCount()).toBe(0);
    client.abort();
    vi.advanceTimersByTime(1000);
    expect([deadline.signal.aborted, deadline.ended]).toEqual([false, undefined]);
  });

  it('counts only the time when no client signal is given (a mutation runs to its end)', () => {
    vi.useFakeTimers();
    const deadline = startDeadline(300);
    vi.advanceTimersByTime(300);
    expect([deadline.signal.aborted, deadline.ended]).toEqual([true, 'timeout']);
    deadline.release();
    const released = startDeadline(300);
    released.release();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps the first reason: a client leaving after the time is up does not rename a timeout', () => {
    vi.useFakeTimers();
    const client = new AbortController();
    const deadline = startDeadline(300, client.signal);
    vi.advanceTimersByTime(300);
    client.abort();
    expect(deadline.ended).toBe('timeout');
    deadline.release();
  });
});

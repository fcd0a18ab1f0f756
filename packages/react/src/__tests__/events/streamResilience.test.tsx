import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useOpenPageHint, useSigningEventsMode } from '../../events/index.js';
import { useContract } from '../../hooks/useContract.js';
import { useContracts } from '../../hooks/useContracts.js';
import { envelope, type FakeStream, fakeEventSources } from './fakeEventSource.js';
import { liveProxyDouble, type StoredContract, uuids } from './liveProxyDouble.js';

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('resume after a drop', () => {
  it('should reopen from the last event it saw when the subjects change, and drop a repeated event', async () => {
    const proxy = liveProxyDouble();
    const sources = fakeEventSources();
    const { result, rerender } = renderHook(
      ({ second }: { second: boolean }) => [
        useContract({ uuid: uuids.a }, { live: true }),
        useContract(second ? { uuid: uuids.b } : null, { live: true }),
      ],
      { wrapper: proxy.wrapperWith({ eventSource: sources.EventSource }), initialProps: { second: false } },
    );
    await waitFor(() => expect(result.current[0]?.isSuccess).toBe(true));
    await pause(20);
    const first = sources.current();
    expect(first.resumesFrom()).toBeNull();
    act(() => first.open());
    const seen = envelope(
      { type: 'contract.status', vendor: 'prix', contractUuid: uuids.a, status: 'CREATED' },
      'p-41',
    );
    act(() => first.send(seen));
    await pause(20);
    const reads = proxy.count(`find:${uuids.a}`);

    rerender({ second: true });
    await waitFor(() => expect(result.current[1]?.isSuccess).toBe(true));
    await pause(20);
    const second = sources.made.at(-1) as FakeStream;
    expect(second.subjects()).toContain(`contract:${uuids.b}`);
    expect(second.resumesFrom()).toBe('p-41');
    // Until its successor connects, the old stream stays: what it carries meanwhile still counts.
    expect(first.closed).toBe(false);
    const meanwhile = envelope({ type: 'tags.set', vendor: 'prix', contractUuid: uuids.a }, 'p-42');
    act(() => first.send(meanwhile));
    await pause(20);
    expect(proxy.count(`find:${uuids.a}`)).toBe(reads + 1);
    act(() => second.open());
    expect(first.closed).toBe(true);
    expect(sources.openStreams()).toEqual([second]);
    // The new stream repeats what the old one delivered: it is not acted on twice.
    act(() => second.send(seen));
    act(() => second.send(meanwhile));
    await pause(20);
    expect(proxy.count(`find:${uuids.a}`)).toBe(reads + 1);
  });

  it('should ask the proxy for fast polling while a signing page is open (`pageOpen=1`)', async () => {
    const proxy = liveProxyDouble();
    const sources = fakeEventSources();
    const { rerender } = renderHook(
      ({ open }: { open: boolean }) => {
        useContract({ uuid: uuids.a }, { live: true });
        useOpenPageHint([{ kind: 'contract', id: uuids.a }], open);
      },
      { wrapper: proxy.wrapperWith({ eventSource: sources.EventSource }), initialProps: { open: false } },
    );
    await pause(40);
    expect(new URL(sources.current().url).searchParams.get('pageOpen')).toBeNull();
    rerender({ open: true });
    await pause(20);
    expect(new URL(sources.current().url).searchParams.get('pageOpen')).toBe('1');
    rerender({ open: false });
    await pause(20);
    expect(new URL(sources.current().url).searchParams.get('pageOpen')).toBeNull();
  });

  it('should refetch everything watched on `event: reset` (events fell out of the retention window)', async () => {
    const proxy = liveProxyDouble();
    const sources = fakeEventSources();
    const { result } = renderHook(
      () => [useContract({ uuid: uuids.a }, { live: true }), useContracts({}, { live: true })],
      { wrapper: proxy.wrapperWith({ eventSource: sources.EventSource }) },
    );
    await waitFor(() => expect(result.current.every((query) => query.isSuccess)).toBe(true));
    await pause(20);
    const before = [proxy.count(`find:${uuids.a}`), proxy.count('list:all'), proxy.count(`find:${uuids.b}`)];
    act(() => sources.current().open());
    act(() => sources.current().reset('p-90'));
    await pause(30);
    expect([proxy.count(`find:${uuids.a}`), proxy.count('list:all'), proxy.count(`find:${uuids.b}`)]).toEqual([
      (before[0] ?? 0) + 1,
      (before[1] ?? 0) + 1,
      before[2],
    ]);
  });

  it('should let the browser retry a dropped stream by itself, then reopen a refused one from its position', async () => {
    const proxy = liveProxyDouble();
    const sources = fakeEventSources();
    const { result } = renderHook(() => useContract({ uuid: uuids.a }, { live: true }), {
      wrapper: proxy.wrapperWith({ eventSource: sources.EventSource, reopenDelay: 10 }),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await pause(20);
    const stream = sources.current();
    const made = sources.made.length;
    act(() => stream.open());
    act(() => stream.send(envelope({ type: 'tags.set', vendor: 'prix', contractUuid: uuids.a }, 'p-7')));
    act(() => stream.fail({ closed: false }));
    await pause(40);
    expect(sources.made.length).toBe(made);
    act(() => stream.fail({ closed: true }));
    await waitFor(() => expect(sources.made.length).toBe(made + 1));
    expect(sources.current().resumesFrom()).toBe('p-7');
  });
});

describe('fallback to polling', () => {
  it('should poll the watched queries where there is no EventSource (jsdom has none)', async () => {
    expect('EventSource' in globalThis).toBe(false);
    const proxy = liveProxyDouble();
    const { result } = renderHook(
      () => ({ contract: useContract({ uuid: uuids.a }, { live: true }), mode: useSigningEventsMode() }),
      { wrapper: proxy.wrapperWith({ pollInterval: 40 }) },
    );
    await waitFor(() => expect(result.current.contract.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.mode).toBe('polling'));
    (proxy.contracts.get(uuids.a) as StoredContract).status = 'CONCLUDED';
    await waitFor(() => expect(result.current.contract.data?.contract.status).toBe('CONCLUDED'));
    expect(proxy.count(`find:${uuids.b}`)).toBe(0);
  });

  it('should poll after repeated errors and stop once the stream opens again', async () => {
    const proxy = liveProxyDouble();
    const sources = fakeEventSources();
    const { result } = renderHook(
      () => ({ contract: useContract({ uuid: uuids.a }, { live: true }), mode: useSigningEventsMode() }),
      { wrapper: proxy.wrapperWith({ eventSource: sources.EventSource, pollInterval: 30, failureLimit: 3 }) },
    );
    await waitFor(() => expect(result.current.contract.isSuccess).toBe(true));
    await pause(20);
    const stream = sources.current();
    expect(result.current.mode).toBe('connecting');
    act(() => stream.fail({ closed: false }));
    act(() => stream.fail({ closed: false }));
    await pause(100);
    expect(result.current.mode).toBe('connecting');
    const beforePolling = proxy.count(`find:${uuids.a}`);
    act(() => stream.fail({ closed: false }));
    expect(result.current.mode).toBe('polling');
    await pause(130);
    const polled = proxy.count(`find:${uuids.a}`);
    expect(polled).toBeGreaterThanOrEqual(beforePolling + 2);

    act(() => stream.open());
    expect(result.current.mode).toBe('streaming');
    await pause(130);
    expect(proxy.count(`find:${uuids.a}`)).toBeLessThanOrEqual(polled + 1);
  });

  it('should poll and open no stream when told so (`eventSource={null}`), even where EventSource exists', async () => {
    const proxy = liveProxyDouble();
    const sources = fakeEventSources();
    vi.stubGlobal('EventSource', sources.EventSource);
    try {
      const { result } = renderHook(
        () => ({ contract: useContract({ uuid: uuids.a }, { live: true }), mode: useSigningEventsMode() }),
        { wrapper: proxy.wrapperWith({ eventSource: null, pollInterval: 30 }) },
      );
      await waitFor(() => expect(result.current.contract.isSuccess).toBe(true));
      await waitFor(() => expect(result.current.mode).toBe('polling'));
      await waitFor(() => expect(proxy.count(`find:${uuids.a}`)).toBeGreaterThanOrEqual(3));
      expect(sources.made).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('should use the browser’s EventSource when there is one', async () => {
    const proxy = liveProxyDouble();
    const sources = fakeEventSources();
    vi.stubGlobal('EventSource', sources.EventSource);
    try {
      const { result } = renderHook(() => useContract({ uuid: uuids.a }, { live: true }), {
        wrapper: proxy.wrapperWith({}),
      });
      await waitFor(() => expect(result.current.isSuccess).toBe(true));
      await waitFor(() => expect(sources.openStreams()).toHaveLength(1));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

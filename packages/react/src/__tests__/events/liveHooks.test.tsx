import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useEsignonWorkflow } from '../../esignon/index.js';
import { useSigningEvents } from '../../events/index.js';
import { useContract } from '../../hooks/useContract.js';
import { useContracts } from '../../hooks/useContracts.js';
import { contractSubject, envelope, fakeEventSources } from './fakeEventSource.js';
import { liveProxyDouble, type StoredContract, uuids } from './liveProxyDouble.js';

/** Lets queued microtasks (the hub settles its subjects in one) and fetches run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

function liveScreen() {
  const proxy = liveProxyDouble();
  const sources = fakeEventSources();
  const onEvent = vi.fn();
  const rendered = renderHook(
    () => ({
      a: useContract({ uuid: uuids.a }, { live: true }),
      b: useContract({ uuid: uuids.b }, { live: true }),
      list: useContracts({}, { live: true }),
      workflow: useEsignonWorkflow({ workflowId: 'w1' }, { live: true }),
      heard: useSigningEvents({ subjects: [contractSubject(uuids.c)] }, onEvent),
    }),
    { wrapper: proxy.wrapperWith({ eventSource: sources.EventSource }) },
  );
  return { proxy, sources, onEvent, ...rendered };
}

describe('one stream per provider', () => {
  it('should merge the subjects of every listener into one stream URL', async () => {
    const { sources, result } = liveScreen();
    await waitFor(() => expect(result.current.list.isSuccess && result.current.a.isSuccess).toBe(true));
    await settle();
    const stream = sources.current();
    expect(stream.url.startsWith('https://app.test/api/esign/events?')).toBe(true);
    expect(stream.subjects()).toEqual(
      [
        `contract:${uuids.a}`,
        `contract:${uuids.b}`,
        `contract:${uuids.c}`,
        `signature:${uuids.sigA}`,
        `signature:${uuids.sigB}`,
        'workflow:w1',
      ].sort(),
    );
  });

  it('should keep its one connection while hooks re-render with the same subjects', async () => {
    const { sources, result, rerender } = liveScreen();
    await waitFor(() => expect(result.current.list.isSuccess && result.current.b.isSuccess).toBe(true));
    await settle();
    const before = sources.made.length;
    rerender();
    rerender();
    await settle();
    expect(sources.made.length).toBe(before);
    expect(sources.openStreams()).toHaveLength(1);
  });

  it('should close the stream when the last listener leaves', async () => {
    const { sources, result, unmount } = liveScreen();
    await waitFor(() => expect(result.current.a.isSuccess).toBe(true));
    await settle();
    const stream = sources.current();
    unmount();
    expect(stream.closed).toBe(true);
    expect(sources.openStreams()).toHaveLength(0);
  });
});

describe('exact invalidation', () => {
  it('should refetch the contract and the list that show it, and nothing else', async () => {
    const { proxy, sources, result } = liveScreen();
    await waitFor(() => expect(result.current.list.isSuccess && result.current.workflow.isSuccess).toBe(true));
    await settle();
    const stream = sources.current();
    act(() => stream.open());
    const counts = () => [`find:${uuids.a}`, `find:${uuids.b}`, 'list:all', 'workflow:w1'].map(proxy.count);
    const [a, b, list, workflow] = counts();

    (proxy.contracts.get(uuids.a) as { status: string }).status = 'CONCLUDED';
    act(() =>
      stream.send(envelope({ type: 'contract.status', vendor: 'prix', contractUuid: uuids.a, status: 'CONCLUDED' })),
    );
    await waitFor(() => expect(result.current.a.data?.contract.status).toBe('CONCLUDED'));
    await waitFor(() => expect(result.current.list.data?.contracts[0]?.status).toBe('CONCLUDED'));
    await settle();
    expect(counts()).toEqual([(a ?? 0) + 1, b, (list ?? 0) + 1, workflow]);
  });

  it('should reach a contract through its e-signature (an event without the contract uuid)', async () => {
    const { proxy, sources, result } = liveScreen();
    await waitFor(() => expect(result.current.list.isSuccess && result.current.b.isSuccess).toBe(true));
    await settle();
    const before = [proxy.count(`find:${uuids.a}`), proxy.count(`find:${uuids.b}`)];
    act(() =>
      sources.current().send(
        envelope({
          type: 'participant.status',
          vendor: 'prix',
          signatureUuid: uuids.sigB,
          participantUuid: 'p',
          status: 'DONE',
        }),
      ),
    );
    await settle();
    expect([proxy.count(`find:${uuids.a}`), proxy.count(`find:${uuids.b}`)]).toEqual([before[0], (before[1] ?? 0) + 1]);
  });

  it('should refetch the workflow on its callback event, not the contracts', async () => {
    const { proxy, sources, result } = liveScreen();
    await waitFor(() => expect(result.current.workflow.isSuccess && result.current.list.isSuccess).toBe(true));
    await settle();
    const reads = proxy.reads.length;
    proxy.workflows.set('w1', { workflowId: 'w1', status: 'Complete' });
    act(() =>
      sources
        .current()
        .send(envelope({ type: 'workflow.status', vendor: 'esignon', workflowId: 'w1', status: 'Complete' })),
    );
    await waitFor(() => expect(result.current.workflow.data?.status).toBe('Complete'));
    expect(proxy.reads.slice(reads)).toEqual(['workflow:w1']);
  });

  it('should hand `useSigningEvents` its subjects’ events only, without refetching anything', async () => {
    const { proxy, sources, onEvent, result } = liveScreen();
    await waitFor(() => expect(result.current.list.isSuccess && result.current.workflow.isSuccess).toBe(true));
    await settle();
    const reads = proxy.reads.length;
    const about = envelope({ type: 'tags.set', vendor: 'prix', contractUuid: uuids.c });
    act(() => sources.current().send(about));
    act(() =>
      sources.current().send(envelope({ type: 'workflow.next-signer', vendor: 'esignon', workflowId: 'w9', step: 2 })),
    );
    await settle();
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledWith(about.event, about);
    expect(proxy.reads.length).toBe(reads);
  });

  it('should refetch a status-filtered list the contract moves into, though it did not show it', async () => {
    const proxy = liveProxyDouble();
    const sources = fakeEventSources();
    const { result } = renderHook(
      () => ({
        contract: useContract({ uuid: uuids.a }, { live: true }),
        concluded: useContracts({ status: 'CONCLUDED' }, { live: true }),
      }),
      { wrapper: proxy.wrapperWith({ eventSource: sources.EventSource }) },
    );
    await waitFor(() => expect(result.current.concluded.data?.contracts).toEqual([]));
    await settle();
    (proxy.contracts.get(uuids.a) as StoredContract).status = 'CONCLUDED';
    act(() =>
      sources
        .current()
        .send(envelope({ type: 'contract.status', vendor: 'prix', contractUuid: uuids.a, status: 'CONCLUDED' })),
    );
    await waitFor(() => expect(result.current.concluded.data?.contracts.map((row) => row.uuid)).toEqual([uuids.a]));
    expect(proxy.count(`find:${uuids.b}`)).toBe(0);
  });

  it('should do nothing with `live` where no events provider is mounted', async () => {
    const proxy = liveProxyDouble();
    const { result } = renderHook(() => useContract({ uuid: uuids.a }, { live: true }), {
      wrapper: proxy.wrapperWith('none'),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.contract.uuid).toBe(uuids.a);
  });

  it('should name the provider when `useSigningEvents` has none', () => {
    const proxy = liveProxyDouble();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderHook(() => useSigningEvents({ subjects: [] }, () => {}), { wrapper: proxy.wrapperWith('none') }),
    ).toThrow(/<EsignEventsProvider>/);
    quiet.mockRestore();
  });
});

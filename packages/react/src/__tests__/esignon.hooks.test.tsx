import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCancelEsignonWorkflow, useEsignonWorkflow, useStartEsignonWorkflow } from '../esignon/index.js';
import { esignonProxyDouble, playingWorkflow } from './esignonProxyDouble.js';

describe('useEsignonWorkflow', () => {
  it('should read the workflow through the proxy and give the server’s view', async () => {
    const proxy = esignonProxyDouble();
    proxy.workflows.set('w1', playingWorkflow('w1'));
    const { result } = renderHook(() => useEsignonWorkflow({ workflowId: 'w1' }), { wrapper: proxy.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.status).toBe('Playing');
    expect(result.current.data?.nextSigner?.name).toBe('홍길동');
    expect(proxy.seen).toEqual([{ method: 'GET', path: 'esignon/workflows/w1', search: '', idempotencyKey: null }]);
  });

  it('should wait while there is no workflow id or `enabled` is false', async () => {
    const proxy = esignonProxyDouble();
    proxy.workflows.set('w1', playingWorkflow('w1'));
    const { result } = renderHook(
      () => [useEsignonWorkflow({ workflowId: '' }), useEsignonWorkflow({ workflowId: 'w1' }, { enabled: false })],
      { wrapper: proxy.wrapper },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(proxy.seen).toHaveLength(0);
    expect(result.current.map((query) => query.fetchStatus)).toEqual(['idle', 'idle']);
  });

  it('should read again at `refetchInterval` and show what the server says now', async () => {
    const proxy = esignonProxyDouble();
    proxy.workflows.set('w1', playingWorkflow('w1'));
    const { result } = renderHook(() => useEsignonWorkflow({ workflowId: 'w1' }, { refetchInterval: 30 }), {
      wrapper: proxy.wrapper,
    });
    await waitFor(() => expect(result.current.data?.status).toBe('Playing'));
    proxy.workflows.set('w1', playingWorkflow('w1', { status: 'Complete', documentsAvailable: true }));
    await waitFor(() => expect(result.current.data?.status).toBe('Complete'));
    expect(proxy.reads('w1')).toBeGreaterThanOrEqual(2);
  });

  it('should surface the proxy’s typed error for an unknown workflow', async () => {
    const proxy = esignonProxyDouble();
    const { result } = renderHook(() => useEsignonWorkflow({ workflowId: 'nope' }), { wrapper: proxy.wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.errorCode).toBe('ESIGNON_WORKFLOW_NOT_FOUND');
  });
});

describe('useStartEsignonWorkflow', () => {
  it('should start once per mutate, with an idempotency key, and refetch no workflow', async () => {
    const proxy = esignonProxyDouble();
    proxy.workflows.set('w1', playingWorkflow('w1'));
    const { result } = renderHook(
      () => ({ start: useStartEsignonWorkflow(), other: useEsignonWorkflow({ workflowId: 'w1' }) }),
      { wrapper: proxy.wrapper },
    );
    await waitFor(() => expect(result.current.other.isSuccess).toBe(true));
    const input = {
      templateId: '102',
      title: '비밀유지서약서',
      signers: [{ name: '홍길동', contact: 'gildong@example.com' }],
    };
    let data: unknown;
    await act(async () => {
      data = await result.current.start.mutateAsync(input);
    });
    expect(data).toEqual({ workflowId: 'w-new', title: '비밀유지서약서' });
    const starts = proxy.seen.filter((request) => request.method === 'POST');
    expect(starts).toHaveLength(1);
    expect(starts[0]?.path).toBe('esignon/workflows');
    expect(starts[0]?.idempotencyKey).toMatch(/.{16,}/);
    expect(proxy.reads('w1')).toBe(1);
  });
});

describe('useCancelEsignonWorkflow', () => {
  it('should cancel and refetch that workflow, and no other', async () => {
    const proxy = esignonProxyDouble();
    proxy.workflows.set('w1', playingWorkflow('w1'));
    proxy.workflows.set('w2', playingWorkflow('w2'));
    const { result } = renderHook(
      () => ({
        cancel: useCancelEsignonWorkflow(),
        one: useEsignonWorkflow({ workflowId: 'w1' }),
        two: useEsignonWorkflow({ workflowId: 'w2' }),
      }),
      { wrapper: proxy.wrapper },
    );
    await waitFor(() => expect(result.current.two.isSuccess && result.current.one.isSuccess).toBe(true));
    await act(async () => {
      await result.current.cancel.mutateAsync({ workflowId: 'w1' });
    });
    await waitFor(() => expect(result.current.one.data?.status).toBe('Canceled'));
    expect(proxy.reads('w1')).toBe(2);
    expect(proxy.reads('w2')).toBe(1);
    expect(proxy.seen.find((request) => request.method === 'POST')?.path).toBe('esignon/workflows/w1/cancel');
  });
});

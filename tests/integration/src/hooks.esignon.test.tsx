import { createEsignClient } from '@esign-kit/core';
import { createEsignProxy } from '@esign-kit/proxy';
import { esignon } from '@esign-kit/proxy/esignon';
import { toNodeListener } from '@esign-kit/proxy/node';
import { EsignKitProvider } from '@esign-kit/react';
import { useCancelEsignonWorkflow, useEsignonWorkflow, useStartEsignonWorkflow } from '@esign-kit/react/esignon';
import { startSandbox } from '@esign-kit/sandbox';
import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listen, sandboxKey } from './servers.js';

// The eSignon hooks against the real proxy (with the `esignon` vendor) and the real sandbox, over
// loopback: browser client → proxy (logs in, keeps callbacks) → sandbox's eSignon; the sandbox
// POSTs its callbacks back to the proxy's callback route.

type Stack = Awaited<ReturnType<typeof startEsignonStack>>;

async function startEsignonStack() {
  const sandbox = await startSandbox({ port: 0, apiKey: sandboxKey, esignon: { callbackRetryDelaysMs: [20, 40] } });
  let proxy: ((request: Request) => Promise<Response>) | undefined;
  const server = await listen(
    toNodeListener((request) => (proxy ? proxy(request) : Promise.resolve(new Response(null, { status: 503 })))),
  );
  proxy = createEsignProxy({
    authorize: () => true,
    vendors: [
      esignon({
        upstream: `${sandbox.url}/esignon`,
        companyId: 'esignkit',
        email: 'admin@esignkit.example',
        password: 'sandbox-esignon-pw',
        callback: { url: `${server.url}/api/esign/esignon/callback`, authorization: 'hooks-esignon-callback-secret' },
      }),
    ],
  });
  return {
    control: sandbox.sandbox.esignon,
    proxyUrl: `${server.url}/api/esign`,
    async close() {
      await server.close();
      await sandbox.close();
    },
  };
}

let stack: Stack | undefined;
beforeAll(async () => {
  stack = await startEsignonStack();
});
afterAll(() => stack?.close());
// No reset between tests: the sandbox numbers workflows afresh after one, while the proxy keeps the
// callback state it stored per workflow id (and never lowers Complete). Each test starts its own.
afterEach(async () => {
  await stack?.control.settled();
});

function setup() {
  if (!stack) throw new Error('The stack starts in beforeAll.');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createEsignClient({ baseUrl: stack.proxyUrl, locale: 'en' });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EsignKitProvider client={client} queryClient={queryClient}>
      {children}
    </EsignKitProvider>
  );
  return { control: stack.control, wrapper };
}

const twoSigners = {
  templateId: '101',
  title: '근로계약서 홍길동',
  signers: [
    { name: '홍길동', contact: 'gildong@example.com' },
    { name: '김대표', contact: 'ceo@example.com' },
  ],
  fields: [{ name: '시급', value: '12000' }],
};

describe('eSignon hooks over loopback', () => {
  it('should start a workflow, then follow it to the second signer and to Complete as the server sees it', async () => {
    const { control, wrapper } = setup();
    const started = renderHook(() => useStartEsignonWorkflow(), { wrapper });
    let workflowId = '';
    await act(async () => {
      workflowId = (await started.result.current.mutateAsync(twoSigners)).workflowId;
    });
    expect(workflowId).not.toBe('');

    const { result } = renderHook(() => useEsignonWorkflow({ workflowId }, { refetchInterval: 100 }), { wrapper });
    await waitFor(() => expect(result.current.data?.status).toBe('Playing'));
    expect(result.current.data).toMatchObject({
      title: '근로계약서 홍길동',
      signingUrlAvailable: true,
      documentsAvailable: false,
    });
    expect(result.current.data?.signers.find((signer) => signer.turn)?.order).toBe(1);

    control.sign(workflowId, 1);
    await control.settled();
    await waitFor(() => expect(result.current.data?.signers.find((signer) => signer.turn)?.order).toBe(2));
    expect(result.current.data).toMatchObject({ status: 'Playing', signingUrlAvailable: true });
    expect(result.current.data?.nextSigner?.name).toBe('김대표');

    control.sign(workflowId, 2);
    await control.settled();
    await waitFor(() => expect(result.current.data?.status).toBe('Complete'));
    expect(result.current.data).toMatchObject({ documentsAvailable: true, signingUrlAvailable: false });
  });

  it('should cancel through the hook and refetch the workflow, which the server then shows Canceled', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => ({ start: useStartEsignonWorkflow(), cancel: useCancelEsignonWorkflow() }), {
      wrapper,
    });
    let workflowId = '';
    await act(async () => {
      workflowId = (await result.current.start.mutateAsync({ ...twoSigners, title: '취소할 계약' })).workflowId;
    });
    const read = renderHook(() => useEsignonWorkflow({ workflowId }), { wrapper });
    await waitFor(() => expect(read.result.current.data?.status).toBe('Playing'));
    await act(async () => {
      expect(await result.current.cancel.mutateAsync({ workflowId })).toEqual({ workflowId, status: 'Canceled' });
    });
    await waitFor(() => expect(read.result.current.data?.status).toBe('Canceled'));
  });

  it('should give a typed error, in the client’s language, for a workflow eSignon does not know', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useEsignonWorkflow({ workflowId: '999999' }), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.errorCode).toBe('ESIGNON_WORKFLOW_NOT_FOUND');
    expect(result.current.error?.message).toMatch(/[A-Za-z]/);
  });

  it('should refuse an invalid start with a typed error, and start nothing', async () => {
    const { control, wrapper } = setup();
    const before = control.snapshot().workflows.length;
    const { result } = renderHook(() => useStartEsignonWorkflow(), { wrapper });
    await act(async () => {
      await result.current.mutateAsync({ ...twoSigners, title: 'a/b?' }).catch(() => undefined);
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.status).toBe(400);
    expect(control.snapshot().workflows).toHaveLength(before);
  });
});

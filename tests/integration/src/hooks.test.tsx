import { createEsignClient, type EsignClient, isEsignKitError } from '@esign-kit/core';
import { EsignKitProvider, useContract, useSendReminder } from '@esign-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from './servers.js';

const contractUuid = 'ed976505-bcbd-47bd-913d-f4cde05dea7a';
const signatureUuid = '57139f5c-37d0-4c30-bdb6-ef6106040756';
const participantUuid = 'e65664ca-bac4-4f94-81bc-bc1a2436543b';

let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
afterEach(() => stack.sandbox.sandbox.reset());

function TestProviders(props: { queryClient: QueryClient; client: EsignClient; children?: ReactNode }) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <EsignKitProvider client={props.client}>{props.children}</EsignKitProvider>
    </QueryClientProvider>
  );
}

/** A fresh QueryClient per test (no shared cache) and a client pointed at the real proxy. */
function wrapper() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createEsignClient({ baseUrl: stack.proxyUrl, locale: 'en' });
  // biome-ignore lint/correctness/noComponentHookFactories: made once per test for renderHook, never during a render.
  const Wrapper = ({ children }: { children: ReactNode }) => TestProviders({ queryClient, client, children });
  return { Wrapper, queryClient };
}

/** A reminder button next to the contract it refreshes. */
function ReminderButton() {
  const remind = useSendReminder();
  const contract = useContract({ uuid: contractUuid });
  return (
    <div>
      <button type="button" onClick={() => remind.mutate({ signatureUuid, participantUuid })}>
        Remind
      </button>
      <output>{remind.isSuccess ? `sent to ${remind.data.sendAddress}` : 'idle'}</output>
      <span data-testid="fetches">{contract.dataUpdatedAt}</span>
    </div>
  );
}

describe('useContract', () => {
  it('goes from loading to the contract', async () => {
    const { Wrapper } = wrapper();
    const { result } = renderHook(() => useContract({ uuid: contractUuid }), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.contract).toMatchObject({ uuid: contractUuid, customKey: 'a4-k1234' });
    expect(result.current.data?.contract.signature?.uuid).toBe(signatureUuid);
  });

  it("surfaces Prix's error code, status and a localized message", async () => {
    const { Wrapper } = wrapper();
    const { result } = renderHook(() => useContract({ customKey: 'no-such-contract' }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isEsignKitError(result.current.error)).toBe(true);
    expect(result.current.error).toMatchObject({
      errorCode: 'NOT_FOUND_CUSTOMER',
      status: 404,
      message: 'The customer does not exist.',
    });
  });

  it('rejects invalid input with ESIGN_KIT_INVALID_INPUT and its issues, and Prix is never called', async () => {
    const { Wrapper } = wrapper();
    const { result } = renderHook(() => useContract({ uuid: 'not-a-uuid' }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    // The hooks use schema-free routes: the proxy validates, before any upstream call.
    expect(result.current.error).toMatchObject({
      errorCode: 'ESIGN_KIT_INVALID_INPUT',
      status: 400,
      issues: [expect.objectContaining({ path: 'uuid' })],
    });
    expect(stack.state.requests).toHaveLength(0);
  });

  it('waits while the input is null', async () => {
    const { Wrapper } = wrapper();
    const { result } = renderHook(() => useContract(null), { wrapper: Wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.fetchStatus).toBe('idle');
    expect(stack.state.requests).toHaveLength(0);
  });

  it('names itself and the fix when used outside the provider', () => {
    const queryClient = new QueryClient();
    expect(() =>
      renderHook(() => useContract({ uuid: contractUuid }), {
        wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
      }),
    ).toThrow('`useContract` must be used inside <EsignKitProvider>');
  });
});

describe('useSendReminder', () => {
  it('sends exactly one reminder for a double click, then refetches the contract', async () => {
    const { Wrapper } = wrapper();
    render(<ReminderButton />, { wrapper: Wrapper });
    await waitFor(() => expect(stack.state.requests).toHaveLength(1)); // the contract query
    const firstFetch = screen.getByTestId('fetches').textContent;

    const button = screen.getByRole('button', { name: 'Remind' });
    act(() => {
      fireEvent.click(button);
      fireEvent.click(button);
    });

    await screen.findByText('sent to test@prix.im');
    expect(stack.state.reminders).toHaveLength(1);
    expect(stack.state.reminders[0]).toMatchObject({ signatureUuid, participantUuid, type: 'REQUEST' });
    await waitFor(() => expect(screen.getByTestId('fetches').textContent).not.toBe(firstFetch));
    const finds = stack.state.requests.filter((request) => request.path.endsWith('contracts/find'));
    expect(finds).toHaveLength(2);
  });

  it('surfaces a vendor error from a mutation and records nothing', async () => {
    const { Wrapper } = wrapper();
    const { result } = renderHook(() => useSendReminder(), { wrapper: Wrapper });
    act(() => {
      result.current.mutate({ signatureUuid, participantUuid: '0b7c2f4e-3d7a-4b8e-9c1d-2e3f4a5b6c7d' });
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ errorCode: 'INVALID_SIGNATURE_PARTICIPANT_UUID', status: 400 });
    expect(stack.state.reminders).toHaveLength(0);
  });

  it("runs the caller's onSuccess after its own invalidation", async () => {
    const { Wrapper, queryClient } = wrapper();
    const seen: string[] = [];
    const { result } = renderHook(
      () => useSendReminder({ onSuccess: (data) => void seen.push(data.participantUuid) }),
      { wrapper: Wrapper },
    );
    await act(() => result.current.mutateAsync({ signatureUuid, participantUuid }));
    expect(seen).toEqual([participantUuid]);
    expect(queryClient.getMutationCache().getAll()).toHaveLength(1);
  });
});

describe('EsignKitProvider', () => {
  it('works from a proxy URL alone, with a QueryClient of its own', async () => {
    const { result } = renderHook(() => useContract({ customKey: 'a4-k1234' }), {
      wrapper: ({ children }) => <EsignKitProvider proxyUrl={stack.proxyUrl}>{children}</EsignKitProvider>,
    });
    await waitFor(() => expect(result.current.data?.contract.uuid).toBe(contractUuid));
  });

  it("uses the app's QueryClient when there is one", async () => {
    const { Wrapper, queryClient } = wrapper();
    const { result } = renderHook(() => useContract({ uuid: contractUuid }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(queryClient.getQueryData(['esign-kit', 'contracts.find', { uuid: contractUuid }])).toEqual(
      result.current.data,
    );
  });
});

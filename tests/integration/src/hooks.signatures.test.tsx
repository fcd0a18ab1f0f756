import {
  useCancelSignature,
  useContract,
  useContracts,
  useCustomers,
  useSignatures,
  useSignatureUsage,
  useTemplates,
} from '@esign-kit/react';
import { seedIds } from '@esign-kit/sandbox';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fetchedSince, getCounts, stackPerFile, wrapper } from './hooksHarness.js';

const stack = stackPerFile();

/** Every e-signature the sandbox holds. */
const signatures = () =>
  stack().state.contracts.flatMap((contract) => (contract.signature ? [contract.signature] : []));

describe('useSignatures', () => {
  it("goes from loading to a page of signatures, in the vendor's data.data", async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useSignatures({ limit: 3 }), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.total).toBe(signatures().length);
    expect(result.current.data?.data).toHaveLength(3);
    expect(result.current.data?.data[0]).toEqual(
      expect.objectContaining({ uuid: expect.any(String), status: expect.any(String) }),
    );
  });

  it('filters by creation date', async () => {
    const { Wrapper } = wrapper(stack());
    const createdAtAfter = '2025-06-01T00:00:00.000Z';
    const { result } = renderHook(() => useSignatures({ createdAtAfter }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const expected = signatures().filter((signature) => signature.createdAt >= createdAtAfter);
    expect(result.current.data?.data.map((signature) => signature.uuid).sort()).toEqual(
      expected.map((signature) => signature.uuid).sort(),
    );
  });
});

describe('useSignatureUsage', () => {
  it('counts the signatures by status', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useSignatureUsage(), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const count = (status: string) => signatures().filter((signature) => signature.status === status).length;
    expect(result.current.data).toEqual({
      total: signatures().length,
      created: count('CREATED'),
      waiting: count('WAITING'),
      done: count('DONE'),
      canceled: count('CANCELED'),
    });
  });
});

describe('useCancelSignature', () => {
  /** How many of the dashboard's queries have their data. */
  const settledQueries = (current: Record<string, { status: string }>) =>
    Object.values(current).filter((hook) => hook.status === 'success').length;

  function renderDashboard() {
    const { Wrapper } = wrapper(stack());
    return renderHook(
      () => ({
        cancel: useCancelSignature(),
        contract: useContract({ customKey: seedIds.mou.customKey }),
        otherContract: useContract({ uuid: seedIds.renewal.contractUuid }),
        contracts: useContracts({ limit: 20 }),
        signatures: useSignatures({ limit: 20 }),
        usage: useSignatureUsage(),
        templates: useTemplates({ signatureCount: true }),
        customers: useCustomers(),
      }),
      { wrapper: Wrapper },
    );
  }

  it('cancels at the sandbox, then refetches the contract showing it, the lists and the usage only', async () => {
    const { result } = renderDashboard();
    await waitFor(() => expect(settledQueries(result.current)).toBe(7));
    const usageBefore = result.current.usage.data;
    const before = getCounts(stack());

    await act(() => result.current.cancel.mutateAsync({ signatureUuid: seedIds.mou.signatureUuid }));

    expect(signatures().find((signature) => signature.uuid === seedIds.mou.signatureUuid)?.status).toBe('CANCELED');
    expect(fetchedSince(stack(), before)).toEqual({
      'contracts/find': 1,
      contracts: 1,
      signatures: 1,
      'signatures/usage': 1,
    });
    await waitFor(() => expect(result.current.cancel.data?.status).toBe('CANCELED'));
    expect(result.current.contract.data?.contract.signature?.status).toBe('CANCELED');
    expect(result.current.otherContract.data?.contract.signature?.status).toBe('WAITING');
    expect(result.current.usage.data).toMatchObject({
      waiting: (usageBefore?.waiting ?? 0) - 1,
      canceled: (usageBefore?.canceled ?? 0) + 1,
    });
    const listed = result.current.signatures.data?.data.find((row) => row.uuid === seedIds.mou.signatureUuid);
    expect(listed?.status).toBe('CANCELED');
  });

  it('surfaces SIGNATURE_CANCEL_FAILED for a concluded signature and refetches nothing', async () => {
    const { result } = renderDashboard();
    await waitFor(() => expect(settledQueries(result.current)).toBe(7));
    const before = getCounts(stack());
    await act(async () => {
      await result.current.cancel.mutateAsync({ signatureUuid: seedIds.concluded.signatureUuid }).catch(() => {});
    });
    await waitFor(() => expect(result.current.cancel.error).toMatchObject({ errorCode: 'SIGNATURE_CANCEL_FAILED' }));
    expect(signatures().find((signature) => signature.uuid === seedIds.concluded.signatureUuid)?.status).toBe('DONE');
    expect(fetchedSince(stack(), before)).toEqual({});
  });
});

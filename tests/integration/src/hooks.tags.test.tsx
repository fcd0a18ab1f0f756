import { useContract, useContracts, useContractsInfinite, useContractTags, useSetContractTags } from '@esign-kit/react';
import { seedIds } from '@esign-kit/sandbox';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allFetched, fetchedSince, getCounts, stackPerFile, wrapper } from './hooksHarness.js';

const stack = stackPerFile();
const { important, hr } = seedIds.tags;

describe('useContractTags', () => {
  it("goes from loading to the tags, as the vendor's bare array, in display order", async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useContractTags(), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(Array.isArray(result.current.data)).toBe(true);
    expect(result.current.data?.map((tag) => tag.id)).toEqual(
      [...stack().state.tags].sort((a, b) => a.order - b.order).map((tag) => tag.id),
    );
  });

  it('waits while the input is null', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useContractTags(null), { wrapper: Wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.fetchStatus).toBe('idle');
    expect(stack().state.requests).toHaveLength(0);
  });
});

describe('useSetContractTags', () => {
  function renderTagEditor() {
    const { Wrapper, queryClient } = wrapper(stack());
    const { result } = renderHook(
      () => ({
        setTags: useSetContractTags(),
        tags: useContractTags(),
        contract: useContract({ customKey: seedIds.mou.customKey }),
        otherContract: useContract({ uuid: seedIds.concluded.contractUuid }),
        hrContracts: useContracts({ tagIds: [hr] }),
        allContracts: useContractsInfinite({ limit: 50 }),
      }),
      { wrapper: Wrapper },
    );
    return { result, queryClient };
  }

  it('sets the tags at the sandbox, then refetches that contract and the contract lists only', async () => {
    const { result, queryClient } = renderTagEditor();
    await allFetched(queryClient);
    expect(result.current.hrContracts.data?.contracts.map((c) => c.uuid)).not.toContain(seedIds.mou.contractUuid);
    const before = getCounts(stack());

    await act(() =>
      result.current.setTags.mutateAsync({
        contractUuid: seedIds.mou.contractUuid,
        input: { tagIds: [important, hr] },
      }),
    );

    expect(stack().state.contracts.find((c) => c.uuid === seedIds.mou.contractUuid)?.tagIds).toEqual([important, hr]);
    // The contract was looked up by customKey: it is matched by the uuid in its cached data.
    // Both contract lists, the paged one and the infinite one.
    expect(fetchedSince(stack(), before)).toEqual({ 'contracts/find': 1, contracts: 2 });
    await waitFor(() =>
      expect(result.current.hrContracts.data?.contracts.map((c) => c.uuid)).toContain(seedIds.mou.contractUuid),
    );
    expect(result.current.setTags.data).toBeUndefined();
    expect(result.current.setTags.isSuccess).toBe(true);
  });

  it('refuses an unknown tag and refetches nothing', async () => {
    const { result, queryClient } = renderTagEditor();
    await allFetched(queryClient);
    const before = getCounts(stack());
    await act(async () => {
      await result.current.setTags
        .mutateAsync({ contractUuid: seedIds.mou.contractUuid, input: { tagIds: [9_999] } })
        .catch(() => {});
    });
    await waitFor(() => expect(result.current.setTags.isError).toBe(true));
    expect(stack().state.contracts.find((c) => c.uuid === seedIds.mou.contractUuid)?.tagIds).toEqual([important]);
    expect(fetchedSince(stack(), before)).toEqual({});
  });
});

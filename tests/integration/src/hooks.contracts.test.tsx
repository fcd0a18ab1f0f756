import { pageInfo } from '@esign-kit/core';
import { useConcludedFiles, useContract, useContracts, useContractsInfinite } from '@esign-kit/react';
import { seedIds } from '@esign-kit/sandbox';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fetchedSince, getCounts, stackPerFile, wrapper } from './hooksHarness.js';

const stack = stackPerFile();

describe('useContracts', () => {
  it('goes from loading to a page of contracts, newest first', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useContracts({ limit: 2 }), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const listed = stack().state.contracts.filter((contract) => contract.status !== 'DELETED');
    expect(result.current.data?.total).toBe(listed.length);
    expect(result.current.data?.contracts).toHaveLength(2);
    const newest = [...listed].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
    expect(result.current.data?.contracts[0]?.uuid).toBe(newest?.uuid);
  });

  it('keeps the previous page on screen while the next one loads', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(
      () => {
        const [offset, setOffset] = useState(0);
        return { setOffset, offset, contracts: useContracts({ limit: 2, offset }) };
      },
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.contracts.isSuccess).toBe(true));
    const firstPage = result.current.contracts.data;
    const next = pageInfo({ total: firstPage?.total ?? 0, limit: 2, offset: 0 });
    expect(next).toMatchObject({ page: 1, hasNext: true, nextOffset: 2 });

    act(() => result.current.setOffset(next.nextOffset ?? 0));
    expect(result.current.contracts.isPlaceholderData).toBe(true);
    expect(result.current.contracts.data).toBe(firstPage);

    await waitFor(() => expect(result.current.contracts.isPlaceholderData).toBe(false));
    const secondPage = result.current.contracts.data?.contracts.map((contract) => contract.uuid);
    expect(secondPage).toHaveLength(2);
    expect(secondPage).not.toContain(firstPage?.contracts[0]?.uuid);
    expect(getCounts(stack()).contracts).toBe(2);
  });

  it('passes filters through the proxy to the sandbox', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useContracts({ tagIds: [seedIds.tags.important] }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.contracts.map((contract) => contract.uuid)).toEqual([seedIds.mou.contractUuid]);
  });

  it('waits while the input is null', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useContracts(null), { wrapper: Wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.fetchStatus).toBe('idle');
    expect(stack().state.requests).toHaveLength(0);
  });
});

describe('useContractsInfinite', () => {
  it('loads page after page until total rows are there, then has no next page', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useContractsInfinite({ limit: 2 }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const total = result.current.data?.pages[0]?.total ?? 0;
    expect(total).toBeGreaterThan(2);
    expect(result.current.hasNextPage).toBe(true);

    while (result.current.hasNextPage) {
      await act(() => result.current.fetchNextPage());
    }
    const rows = result.current.data?.pages.flatMap((page) => page.contracts.map((contract) => contract.uuid)) ?? [];
    expect(rows).toHaveLength(total);
    expect(new Set(rows).size).toBe(total);
    expect(result.current.data?.pageParams).toEqual(
      Array.from({ length: Math.ceil(total / 2) }, (_, index) => index * 2),
    );
  });

  it('does not share its cache entry with the paged list of the same filters', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(
      () => ({ paged: useContracts({ limit: 2 }), infinite: useContractsInfinite({ limit: 2 }) }),
      {
        wrapper: Wrapper,
      },
    );
    await waitFor(() => expect(result.current.paged.isSuccess && result.current.infinite.isSuccess).toBe(true));
    expect(result.current.infinite.data?.pages[0]).toEqual(result.current.paged.data);
    expect(getCounts(stack()).contracts).toBe(2);
  });
});

describe('useConcludedFiles', () => {
  it('gets the download URLs of a concluded contract', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useConcludedFiles({ customKey: seedIds.concluded.customKey }), {
      wrapper: Wrapper,
    });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.concludedFile).toMatch(/^https?:\/\//);
    expect(result.current.data?.certificate).toMatch(/^https?:\/\//);
  });

  it('retries while the certificate of a just-concluded contract is not ready, then gets it', async () => {
    // The sandbox makes the certificate 60 s after conclusion: conclude "60 s ago, minus 1.2 s".
    const contract = stack().state.contracts.find((candidate) => candidate.uuid === seedIds.concluded.contractUuid);
    if (!contract) throw new Error('seed changed');
    contract.contractDate.concludedDate = new Date(Date.now() - 60_000 + 1_200).toISOString();
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(
      () => useConcludedFiles({ uuid: seedIds.concluded.contractUuid }, { retryDelay: 500 }),
      {
        wrapper: Wrapper,
      },
    );
    await waitFor(() => expect(result.current.failureReason?.errorCode).toBe('SIGNATURE_CERTIFICATE_NOT_READY'));
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true), { timeout: 4_000 });
    expect(result.current.data?.certificate).toMatch(/^https?:\/\//);
    expect(getCounts(stack())['contracts/download/concluded-contract-files-url']).toBeGreaterThan(1);
  });

  it('waits for a contract to be concluded when given null, as a dependent query', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(
      () => {
        const contract = useContract({ uuid: seedIds.mou.contractUuid });
        const concluded = contract.data?.contract.status === 'CONCLUDED';
        return { contract, files: useConcludedFiles(concluded ? { uuid: seedIds.mou.contractUuid } : null) };
      },
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.contract.isSuccess).toBe(true));
    expect(result.current.files.fetchStatus).toBe('idle');
    expect(fetchedSince(stack(), {})).toEqual({ 'contracts/find': 1 });
  });

  it("surfaces Prix's error for a contract that is not concluded, without retrying a 4xx", async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useConcludedFiles({ uuid: seedIds.mou.contractUuid }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.status).toBeGreaterThanOrEqual(400);
    expect(result.current.error?.status).toBeLessThan(500);
    expect(getCounts(stack())['contracts/download/concluded-contract-files-url']).toBe(1);
  });
});

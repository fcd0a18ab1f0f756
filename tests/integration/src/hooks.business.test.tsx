import { pageInfo } from '@esign-kit/core';
import {
  useContracts,
  useCreditStatus,
  useCreditUsages,
  useCustomers,
  useSignatureUsage,
  useUpdateBusiness,
} from '@esign-kit/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allFetched, fetchedSince, getCounts, stackPerFile, wrapper } from './hooksHarness.js';

const stack = stackPerFile();

describe('useCreditStatus', () => {
  it('goes from loading to the credit balance', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useCreditStatus(), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const { credits } = stack().state;
    expect(result.current.data?.credit).toEqual({
      defaultCount: credits.defaultCount,
      remainingDefaultCount: credits.remainingDefaultCount,
      paidCreditCount: credits.paidCreditCount,
      remainingCount: credits.remainingDefaultCount + credits.remainingPaidCount,
    });
  });
});

describe('useCreditUsages', () => {
  it('goes from loading to a page of the usage history', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useCreditUsages({ limit: 2 }), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const total = stack().state.creditUsages.length;
    expect(result.current.data?.total).toBe(total);
    expect(result.current.data?.creditUsages).toHaveLength(Math.min(2, total));
    expect(pageInfo({ total, limit: 2 }).hasNext).toBe(total > 2);
  });

  it('filters by date', async () => {
    const { Wrapper } = wrapper(stack());
    const createdAtAfter = '2025-06-01T00:00:00.000Z';
    const { result } = renderHook(() => useCreditUsages({ createdAtAfter }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const expected = stack().state.creditUsages.filter((usage) => usage.createdAt >= createdAtAfter);
    expect(result.current.data?.creditUsages.map((usage) => usage.id).sort()).toEqual(
      expected.map((usage) => usage.id).sort(),
    );
  });
});

describe('useUpdateBusiness', () => {
  it('changes the business at the sandbox and refetches nothing', async () => {
    const { Wrapper, queryClient } = wrapper(stack());
    const { result } = renderHook(
      () => ({
        update: useUpdateBusiness(),
        credits: useCreditStatus(),
        usages: useCreditUsages(),
        usage: useSignatureUsage(),
        contracts: useContracts(),
        customers: useCustomers(),
      }),
      { wrapper: Wrapper },
    );
    await allFetched(queryClient);
    const before = getCounts(stack());

    await act(() =>
      result.current.update.mutateAsync({
        input: { profile: { name: '프릭스 컴퍼니 2' }, configuration: { customerCustomName: '매장' } },
      }),
    );

    expect(stack().state.business.profile.name).toBe('프릭스 컴퍼니 2');
    expect(stack().state.business.configuration?.customerCustomName).toBe('매장');
    await waitFor(() => expect(result.current.update.data?.configuration.customerCustomName).toBe('매장'));
    expect(fetchedSince(stack(), before)).toEqual({});
  });
});

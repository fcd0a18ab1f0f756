import { customerQueryOptions } from '@esign-kit/core';
import {
  useContract,
  useContracts,
  useCreateCustomer,
  useCustomer,
  useCustomers,
  useDeleteCustomer,
  useUpdateCustomer,
} from '@esign-kit/react';
import { seedIds } from '@esign-kit/sandbox';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allFetched, fetchedSince, getCounts, stackPerFile, wrapper } from './hooksHarness.js';

const stack = stackPerFile();
const { partner, hanbit } = seedIds.customers;

describe('useCustomers', () => {
  it('goes from loading to a page of customers', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useCustomers({ limit: 2 }), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.total).toBe(stack().state.customers.length);
    expect(result.current.data?.customers).toHaveLength(2);
  });

  it('looks one customer up by customKey', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useCustomers({ customKey: 'HANBIT-001' }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.customers.map((customer) => customer.id)).toEqual([hanbit]);
  });
});

describe('useCustomer', () => {
  it('goes from loading to the customer', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useCustomer({ customerId: partner }), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ id: partner, title: '파트너 고객사', customKey: 'A5-k159402' });
  });

  it('surfaces NOT_FOUND_CUSTOMER for an unknown id', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useCustomer({ customerId: 9_999 }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ errorCode: 'NOT_FOUND_CUSTOMER', status: 404 });
  });
});

/** The query strings of the contract-list requests made since `before` (a `getCounts` snapshot). */
function contractListSearches(before: Record<string, number>): string[] {
  const lists = stack().state.requests.filter(
    (request) => request.method === 'GET' && request.path === '/kit-api/v1/contracts',
  );
  return lists.slice(before.contracts ?? 0).map((request) => decodeURIComponent(request.search));
}

/** The customer screens of an app: lists, one customer, the contract that shows it. */
function renderCustomerScreens(customerId: number | null) {
  const { Wrapper, queryClient, client } = wrapper(stack());
  const { result } = renderHook(
    () => ({
      create: useCreateCustomer(),
      update: useUpdateCustomer(),
      remove: useDeleteCustomer(),
      customers: useCustomers({ limit: 50 }),
      customer: useCustomer(customerId === null ? null : { customerId }),
      otherCustomer: useCustomer({ customerId: hanbit }),
      contract: useContract({ uuid: seedIds.mou.contractUuid }),
      contracts: useContracts({ limit: 50 }),
      contractsByCustomerName: useContracts({ customer: '파트너' }),
    }),
    { wrapper: Wrapper },
  );
  return { result, queryClient, client };
}

describe('useCreateCustomer', () => {
  it('creates the customer at the sandbox, then refetches the customer list only', async () => {
    const { result, queryClient } = renderCustomerScreens(partner);
    await allFetched(queryClient);
    const before = getCounts(stack());

    await act(() => result.current.create.mutateAsync({ input: { title: '새 거래처', customKey: 'NEW-CUSTOMER-1' } }));

    const created = stack().state.customers.find((customer) => customer.customKey === 'NEW-CUSTOMER-1');
    expect(created).toMatchObject({ title: '새 거래처' });
    expect(fetchedSince(stack(), before)).toEqual({ customers: 1 });
    await waitFor(() => expect(result.current.create.data?.id).toBe(created?.id));
    expect(result.current.customers.data?.customers.map((customer) => customer.id)).toContain(created?.id);
  });

  it('surfaces ALREADY_CUSTOMER_EXISTS for a title in use and creates nothing', async () => {
    const { result, queryClient } = renderCustomerScreens(partner);
    await allFetched(queryClient);
    const count = stack().state.customers.length;
    await act(async () => {
      await result.current.create.mutateAsync({ input: { title: '파트너 고객사' } }).catch(() => {});
    });
    await waitFor(() => expect(result.current.create.error?.errorCode).toBe('ALREADY_CUSTOMER_EXISTS'));
    expect(stack().state.customers).toHaveLength(count);
  });
});

describe('useUpdateCustomer', () => {
  it('renames at the sandbox, then refetches that customer, the list and the contracts showing it', async () => {
    const { result, queryClient } = renderCustomerScreens(partner);
    await allFetched(queryClient);
    const before = getCounts(stack());

    await act(() =>
      result.current.update.mutateAsync({ customerId: partner, input: { title: '파트너 고객사 (신규)' } }),
    );

    expect(stack().state.customers.find((customer) => customer.id === partner)?.title).toBe('파트너 고객사 (신규)');
    // The unfiltered contract list shows no customers and the other customer did not change.
    expect(fetchedSince(stack(), before)).toEqual({
      [`customers/${partner}`]: 1,
      customers: 1,
      'contracts/find': 1,
      contracts: 1,
    });
    expect(contractListSearches(before)).toEqual([expect.stringContaining('customer=')]);
    await waitFor(() => expect(result.current.customer.data?.title).toBe('파트너 고객사 (신규)'));
    expect(result.current.contract.data?.contract.customers).toContainEqual(
      expect.objectContaining({ id: partner, title: '파트너 고객사 (신규)' }),
    );
  });
});

describe('useDeleteCustomer', () => {
  const customerKey = ['esign-kit', 'customers.get', { customerId: partner }];

  it('deletes at the sandbox, drops its cached lookup, refetches lists and the contract that showed it', async () => {
    const { result, queryClient, client } = renderCustomerScreens(null);
    await queryClient.prefetchQuery(customerQueryOptions(client, { customerId: partner }));
    await allFetched(queryClient);
    expect(queryClient.getQueryData(customerKey)).toMatchObject({ id: partner });
    const before = getCounts(stack());

    await act(() => result.current.remove.mutateAsync({ customerId: partner }));

    expect(stack().state.customers.map((customer) => customer.id)).not.toContain(partner);
    expect(queryClient.getQueryCache().find({ queryKey: customerKey, exact: true })).toBeUndefined();
    // Not the unfiltered contract list (its rows show no customer), not the other customer.
    expect(fetchedSince(stack(), before)).toEqual({ customers: 1, 'contracts/find': 1, contracts: 1 });
    expect(contractListSearches(before)).toEqual([expect.stringContaining('customer=')]);
    await waitFor(() => expect(result.current.contract.data?.contract.customers).toEqual([]));
    expect(result.current.contractsByCustomerName.data?.total).toBe(0);
    expect(result.current.otherCustomer.data?.id).toBe(hanbit);
  });

  it('leaves a still-mounted lookup of the deleted customer showing NOT_FOUND_CUSTOMER, not stale data', async () => {
    const { result, queryClient } = renderCustomerScreens(partner);
    await allFetched(queryClient);
    expect(result.current.customer.data?.id).toBe(partner);

    await act(() => result.current.remove.mutateAsync({ customerId: partner }));

    await waitFor(() => expect(result.current.customer.error?.errorCode).toBe('NOT_FOUND_CUSTOMER'));
    expect(result.current.customer.data).toBeUndefined();
  });
});

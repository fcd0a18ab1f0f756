import {
  cancelSignatureMutationOptions,
  contractsInfiniteQueryOptions,
  contractsQueryOptions,
  createEsignClient,
  customersQueryOptions,
  deleteCustomerMutationOptions,
  type GetTemplateData,
  type ListContractsData,
  type ListCustomersData,
  templateQueryOptions,
} from '@esign-kit/core';
import { QueryClient, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';

// Core's option factories import nothing from TanStack: these check they still fit its hooks.
const client = createEsignClient({ baseUrl: '/api/esign' });

describe('core option factories in TanStack hooks', () => {
  it('fit useQuery, placeholderData included', () => {
    expectTypeOf(useQuery(contractsQueryOptions(client, {})).data).toEqualTypeOf<ListContractsData | undefined>();
    expectTypeOf(useQuery(customersQueryOptions(client, { limit: 5 })).data).toEqualTypeOf<
      ListCustomersData | undefined
    >();
    expectTypeOf(useQuery(templateQueryOptions(client, { templateKey: 'nda' })).data).toEqualTypeOf<
      GetTemplateData | undefined
    >();
  });

  it('fit useInfiniteQuery and QueryClient.prefetchInfiniteQuery', () => {
    const options = contractsInfiniteQueryOptions(client, { limit: 20 });
    expectTypeOf(useInfiniteQuery(options).data?.pages).toEqualTypeOf<ListContractsData[] | undefined>();
    expectTypeOf(new QueryClient().prefetchInfiniteQuery(options)).resolves.toBeVoid();
  });

  it("fit useMutation, including a deletion's cache removal", () => {
    useMutation(cancelSignatureMutationOptions(client));
    useMutation(deleteCustomerMutationOptions(client));
  });
});

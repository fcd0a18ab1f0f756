import type {
  ConcludedFilesData,
  ConcludedFilesInput,
  CreditStatusData,
  CreditStatusInput,
  EsignKitError,
  FindContractData,
  FindContractInput,
  GetCustomerData,
  GetCustomerInput,
  GetTemplateData,
  GetTemplateInput,
  ListContractsData,
  ListContractsInput,
  ListContractTagsData,
  ListContractTagsInput,
  ListCreditUsagesData,
  ListCreditUsagesInput,
  ListCustomersData,
  ListCustomersInput,
  ListSignaturesData,
  ListSignaturesInput,
  ListTemplatesData,
  ListTemplatesInput,
  SignatureSummary,
  SignatureUsageData,
  SignatureUsageInput,
  Tag,
} from '@esign-kit/core';
import type { InfiniteData } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import {
  useConcludedFiles,
  useContract,
  useContracts,
  useContractsInfinite,
  useContractTags,
  useCreditStatus,
  useCreditUsages,
  useCustomer,
  useCustomers,
  useSignatures,
  useSignatureUsage,
  useTemplate,
  useTemplates,
} from '../index.js';

// Hooks are only type-checked here, never called.

describe('query hooks', () => {
  it("resolve to the operation's data, fail with EsignKitError", () => {
    expectTypeOf(useContract({ uuid: 'x' }).data).toEqualTypeOf<FindContractData | undefined>();
    expectTypeOf(useContracts().data).toEqualTypeOf<ListContractsData | undefined>();
    expectTypeOf(useConcludedFiles({ customKey: 'k' }).data).toEqualTypeOf<ConcludedFilesData | undefined>();
    expectTypeOf(useSignatures().data).toEqualTypeOf<ListSignaturesData | undefined>();
    expectTypeOf(useSignatureUsage().data).toEqualTypeOf<SignatureUsageData | undefined>();
    expectTypeOf(useTemplates().data).toEqualTypeOf<ListTemplatesData | undefined>();
    expectTypeOf(useTemplate({ templateKey: 1 }).data).toEqualTypeOf<GetTemplateData | undefined>();
    expectTypeOf(useContractTags().data).toEqualTypeOf<ListContractTagsData | undefined>();
    expectTypeOf(useCreditStatus().data).toEqualTypeOf<CreditStatusData | undefined>();
    expectTypeOf(useCreditUsages().data).toEqualTypeOf<ListCreditUsagesData | undefined>();
    expectTypeOf(useCustomers().data).toEqualTypeOf<ListCustomersData | undefined>();
    expectTypeOf(useCustomer({ customerId: 1 }).data).toEqualTypeOf<GetCustomerData | undefined>();

    expectTypeOf(useContract(null).error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useContracts().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useConcludedFiles(null).error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useSignatures().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useSignatureUsage().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useTemplates().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useTemplate(null).error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useContractTags().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useCreditStatus().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useCreditUsages().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useCustomers().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useCustomer(null).error).toEqualTypeOf<EsignKitError | null>();
  });

  it("take the operation's input, or null to wait", () => {
    expectTypeOf(useContract).parameter(0).toEqualTypeOf<FindContractInput | null>();
    expectTypeOf(useConcludedFiles).parameter(0).toEqualTypeOf<ConcludedFilesInput | null>();
    expectTypeOf(useTemplate).parameter(0).toEqualTypeOf<GetTemplateInput | null>();
    expectTypeOf(useCustomer).parameter(0).toEqualTypeOf<GetCustomerInput | null>();
    // Inputs with no required field may be left out.
    expectTypeOf(useContracts).parameter(0).toEqualTypeOf<ListContractsInput | null | undefined>();
    expectTypeOf(useSignatures).parameter(0).toEqualTypeOf<ListSignaturesInput | null | undefined>();
    expectTypeOf(useSignatureUsage).parameter(0).toEqualTypeOf<SignatureUsageInput | null | undefined>();
    expectTypeOf(useTemplates).parameter(0).toEqualTypeOf<ListTemplatesInput | null | undefined>();
    expectTypeOf(useContractTags).parameter(0).toEqualTypeOf<ListContractTagsInput | null | undefined>();
    expectTypeOf(useCreditStatus).parameter(0).toEqualTypeOf<CreditStatusInput | null | undefined>();
    expectTypeOf(useCreditUsages).parameter(0).toEqualTypeOf<ListCreditUsagesInput | null | undefined>();
    expectTypeOf(useCustomers).parameter(0).toEqualTypeOf<ListCustomersInput | null | undefined>();
  });

  it('refuse inputs the operation refuses', () => {
    // @ts-expect-error a contract is found by `uuid` or `customKey`, not by nothing
    useContract({});
    // @ts-expect-error `uuid` and `customKey` together are ambiguous
    useConcludedFiles({ uuid: 'a', customKey: 'b' });
    // @ts-expect-error a customer id is a number
    useCustomer({ customerId: '1' });
    // @ts-expect-error list filters are typed (status is CREATED or CONCLUDED)
    useContracts({ status: 'DRAFT' });
  });

  it("keep the vendor's shapes: rows in data.data for signatures, an array for tags", () => {
    expectTypeOf(useSignatures().data?.data).toEqualTypeOf<SignatureSummary[] | undefined>();
    expectTypeOf(useContractTags().data).toEqualTypeOf<Tag[] | undefined>();
  });

  it('accept TanStack options for their data type, and report placeholder pages', () => {
    useContracts({ limit: 20 }, { staleTime: 60_000, enabled: true, retry: false });
    useCustomers({}, { placeholderData: (previous) => previous });
    // @ts-expect-error the key belongs to the hook
    useContracts({}, { queryKey: ['mine'] });
    expectTypeOf(useContracts().isPlaceholderData).toEqualTypeOf<boolean>();
  });
});

describe('useContractsInfinite', () => {
  it('pages the contract list by offset', () => {
    const contracts = useContractsInfinite({ limit: 20 });
    expectTypeOf(contracts.data).toEqualTypeOf<InfiniteData<ListContractsData, number> | undefined>();
    expectTypeOf(contracts.error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(contracts.hasNextPage).toEqualTypeOf<boolean>();
    useContractsInfinite(null);
    // @ts-expect-error the hook owns `offset`
    useContractsInfinite({ offset: 20 });
    // @ts-expect-error and the paging
    useContractsInfinite({}, { getNextPageParam: () => 1 });
  });
});

import type { CreateSignatureFromTemplateInput } from '@esign-kit/core';
import {
  useContract,
  useContracts,
  useContractTags,
  useCreateSignatureFromTemplate,
  useCreditStatus,
  useCreditUsages,
  useCustomers,
  useSignatures,
  useSignatureUsage,
  useTemplate,
  useTemplates,
} from '@esign-kit/react';
import { seedIds } from '@esign-kit/sandbox';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allFetched, fetchedSince, getCounts, stackPerFile, wrapper } from './hooksHarness.js';

const stack = stackPerFile();
const { supply, consent } = seedIds.templates;

describe('useTemplates', () => {
  it('goes from loading to the templates, with signature counts when asked', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useTemplates({ signatureCount: true }), { wrapper: Wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.total).toBe(stack().state.templates.length);
    const supplyRow = result.current.data?.templates.find((template) => template.id === supply.id);
    expect(supplyRow).toMatchObject({ slug: supply.slug, signatureCount: 2 });
  });

  it('pages with limit and offset', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useTemplates({ limit: 1, offset: 1 }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.templates).toHaveLength(1);
    expect(result.current.data?.total).toBe(stack().state.templates.length);
  });
});

describe('useTemplate', () => {
  it('gets a template by id, and the same template by slug', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(
      () => ({ byId: useTemplate({ templateKey: supply.id }), bySlug: useTemplate({ templateKey: supply.slug }) }),
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.byId.isSuccess && result.current.bySlug.isSuccess).toBe(true));
    expect(result.current.byId.data?.objects.map((object) => object.id)).toEqual([231, 232, 233, 234, 235]);
    expect(result.current.bySlug.data).toEqual(result.current.byId.data);
  });

  it('surfaces an unknown template as an EsignKitError', async () => {
    const { Wrapper } = wrapper(stack());
    const { result } = renderHook(() => useTemplate({ templateKey: 999_999 }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.status).toBe(404);
  });
});

describe('useCreateSignatureFromTemplate', () => {
  const request: CreateSignatureFromTemplateInput = {
    templateKey: supply.slug,
    input: {
      title: '솔루션 공급 계약서 (통합 테스트)',
      participants: [
        {
          role: '갑',
          input: {
            name: '홍길동',
            phone: '010-1234-1234',
            auth: 'PHONE',
            send: 'PHONE',
            extraAuthList: [{ type: 'MOBILE_IDENTIFICATION', phoneNumber: '010-1234-1234' }],
          },
        },
        { role: '을', input: { name: '김철수', email: 'cs@example.com', auth: 'EMAIL', send: 'EMAIL' } },
      ],
      items: [{ id: 231, contents: '2,000,000' }],
      contract: { customKey: 'IT-0001' },
    },
  };

  function renderWorkspace() {
    const { Wrapper, queryClient } = wrapper(stack());
    const { result } = renderHook(
      () => ({
        create: useCreateSignatureFromTemplate(),
        newContract: useContract({ customKey: 'IT-0001' }, { retry: false }),
        otherContract: useContract({ uuid: seedIds.mou.contractUuid }),
        contracts: useContracts(),
        signatures: useSignatures(),
        usage: useSignatureUsage(),
        template: useTemplate({ templateKey: supply.id }),
        otherTemplate: useTemplate({ templateKey: consent.id }),
        templatesWithCounts: useTemplates({ signatureCount: true }),
        templates: useTemplates({ limit: 5 }),
        credits: useCreditStatus(),
        creditUsages: useCreditUsages(),
        customers: useCustomers(),
        tags: useContractTags(),
      }),
      { wrapper: Wrapper },
    );
    return { result, queryClient };
  }

  it('creates the contract at the sandbox, then refetches lists, counts, credits and that template only', async () => {
    const { result, queryClient } = renderWorkspace();
    await allFetched(queryClient);
    expect(result.current.newContract.error?.errorCode).toBe('NOT_FOUND_CUSTOMER'); // no such contract yet
    const remaining = result.current.credits.data?.credit.remainingCount ?? 0;
    const before = getCounts(stack());

    await act(() => result.current.create.mutateAsync(request));

    const created = stack().state.contracts.find((contract) => contract.customKey === 'IT-0001');
    expect(created?.signature?.status).toBe('WAITING');
    expect(fetchedSince(stack(), before)).toEqual({
      'contracts/find': 1,
      contracts: 1,
      signatures: 1,
      'signatures/usage': 1,
      [`signature-templates/${supply.id}`]: 1,
      'signature-templates': 1,
      'credit-usages/status': 1,
      'credit-usages': 1,
    });
    await waitFor(() => expect(result.current.create.data?.contract.uuid).toBe(created?.uuid));
    expect(result.current.newContract.data?.contract.uuid).toBe(created?.uuid);
    expect(result.current.template.data?.signatureCount).toBe(3);
    expect(result.current.templatesWithCounts.data?.templates.find((t) => t.id === supply.id)?.signatureCount).toBe(3);
    expect(result.current.credits.data?.credit.remainingCount).toBe(remaining - 1);
    expect(result.current.contracts.data?.contracts.map((contract) => contract.uuid)).toContain(created?.uuid);
    expect(result.current.signatures.data?.data.map((signature) => signature.uuid)).toContain(created?.signature?.uuid);
  });

  it("surfaces the vendor's error for a missing pre-input value, creates nothing, refetches nothing", async () => {
    const { result, queryClient } = renderWorkspace();
    await allFetched(queryClient);
    const contractsBefore = stack().state.contracts.length;
    const before = getCounts(stack());
    await act(async () => {
      await result.current.create.mutateAsync({ ...request, input: { ...request.input, items: [] } }).catch(() => {});
    });
    await waitFor(() => expect(result.current.create.error?.errorCode).toBe('INVALID_ADDITIONAL_INPUT'));
    expect(stack().state.contracts).toHaveLength(contractsBefore);
    expect(fetchedSince(stack(), before)).toEqual({});
  });
});

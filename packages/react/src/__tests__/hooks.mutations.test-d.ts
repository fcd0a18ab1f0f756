import type {
  CancelSignatureData,
  CancelSignatureInput,
  CreateCustomerData,
  CreateCustomerInput,
  CreateSignatureFromTemplateData,
  CreateSignatureFromTemplateInput,
  DeleteCustomerData,
  DeleteCustomerInput,
  EsignKitError,
  SendReminderData,
  SendReminderInput,
  SetContractTagsInput,
  UpdateBusinessData,
  UpdateBusinessInput,
  UpdateCustomerData,
  UpdateCustomerInput,
} from '@esign-kit/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  useCancelSignature,
  useCreateCustomer,
  useCreateSignatureFromTemplate,
  useDeleteCustomer,
  useSendReminder,
  useSetContractTags,
  useUpdateBusiness,
  useUpdateCustomer,
} from '../index.js';

// Hooks are only type-checked here, never called.

describe('mutation hooks', () => {
  it("take the operation's input as variables", () => {
    expectTypeOf(useSendReminder().mutate).parameter(0).toEqualTypeOf<SendReminderInput>();
    expectTypeOf(useCancelSignature().mutate).parameter(0).toEqualTypeOf<CancelSignatureInput>();
    expectTypeOf(useCreateSignatureFromTemplate().mutate)
      .parameter(0)
      .toEqualTypeOf<CreateSignatureFromTemplateInput>();
    expectTypeOf(useSetContractTags().mutate).parameter(0).toEqualTypeOf<SetContractTagsInput>();
    expectTypeOf(useCreateCustomer().mutate).parameter(0).toEqualTypeOf<CreateCustomerInput>();
    expectTypeOf(useUpdateCustomer().mutate).parameter(0).toEqualTypeOf<UpdateCustomerInput>();
    expectTypeOf(useDeleteCustomer().mutateAsync).parameter(0).toEqualTypeOf<DeleteCustomerInput>();
    expectTypeOf(useUpdateBusiness().mutate).parameter(0).toEqualTypeOf<UpdateBusinessInput>();
  });

  it("resolve to the operation's data, fail with EsignKitError", () => {
    expectTypeOf(useSendReminder().data).toEqualTypeOf<SendReminderData | undefined>();
    expectTypeOf(useCancelSignature().data).toEqualTypeOf<CancelSignatureData | undefined>();
    expectTypeOf(useCreateSignatureFromTemplate().data).toEqualTypeOf<CreateSignatureFromTemplateData | undefined>();
    expectTypeOf(useCreateCustomer().data).toEqualTypeOf<CreateCustomerData | undefined>();
    expectTypeOf(useUpdateCustomer().data).toEqualTypeOf<UpdateCustomerData | undefined>();
    expectTypeOf(useDeleteCustomer().mutateAsync).returns.resolves.toEqualTypeOf<DeleteCustomerData>();
    expectTypeOf(useUpdateBusiness().data).toEqualTypeOf<UpdateBusinessData | undefined>();

    expectTypeOf(useSendReminder().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useCancelSignature().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useCreateSignatureFromTemplate().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useSetContractTags().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useCreateCustomer().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useUpdateCustomer().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useDeleteCustomer().error).toEqualTypeOf<EsignKitError | null>();
    expectTypeOf(useUpdateBusiness().error).toEqualTypeOf<EsignKitError | null>();
  });

  it('resolve setContractTags to undefined: Prix answers no data', () => {
    expectTypeOf(useSetContractTags().data).toEqualTypeOf<undefined>();
    expectTypeOf(useSetContractTags().mutateAsync).returns.resolves.toEqualTypeOf<undefined>();
  });

  it("type the caller's callbacks with the operation's data and input", () => {
    useCancelSignature({
      onSuccess: (data, input) => {
        expectTypeOf(data.status).toEqualTypeOf<'CANCELED' | (string & {})>();
        expectTypeOf(input).toEqualTypeOf<CancelSignatureInput>();
      },
      onError: (error) => expectTypeOf(error).toEqualTypeOf<EsignKitError>(),
    });
    // @ts-expect-error the fetcher belongs to the hook
    useDeleteCustomer({ mutationFn: async () => ({ id: 1, title: 't', customKey: null }) });
    // @ts-expect-error a customer id is a number
    useDeleteCustomer().mutate({ customerId: '1' });
  });
});

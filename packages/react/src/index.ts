'use client';
export { type EsignKitContextValue, type PageSettings, useEsignClient, usePageSettings } from './EsignKitContext.js';
export { EsignKitProvider, type EsignKitProviderProps } from './EsignKitProvider.js';
export { useCancelSignature } from './hooks/useCancelSignature.js';
export { useConcludedFiles } from './hooks/useConcludedFiles.js';
export { useContract } from './hooks/useContract.js';
export { useContracts } from './hooks/useContracts.js';
export { type EsignInfiniteQueryOptions, useContractsInfinite } from './hooks/useContractsInfinite.js';
export { useContractTags } from './hooks/useContractTags.js';
export { useCreateCustomer } from './hooks/useCreateCustomer.js';
export { useCreateSignatureFromTemplate } from './hooks/useCreateSignatureFromTemplate.js';
export { useCreditStatus } from './hooks/useCreditStatus.js';
export { useCreditUsages } from './hooks/useCreditUsages.js';
export { useCustomer } from './hooks/useCustomer.js';
export { useCustomers } from './hooks/useCustomers.js';
export { useDeleteCustomer } from './hooks/useDeleteCustomer.js';
export { useSendReminder } from './hooks/useSendReminder.js';
export { useSetContractTags } from './hooks/useSetContractTags.js';
export { useSignatures } from './hooks/useSignatures.js';
export { useSignatureUsage } from './hooks/useSignatureUsage.js';
export { useTemplate } from './hooks/useTemplate.js';
export { useTemplates } from './hooks/useTemplates.js';
export { useUpdateBusiness } from './hooks/useUpdateBusiness.js';
export { useUpdateCustomer } from './hooks/useUpdateCustomer.js';
export { type PageLabels, pageLabels, pageName } from './pages/labels.js';
export {
  PageButton,
  type PageButtonAttributes,
  type PageButtonFor,
  type PageButtonOwnProps,
  type PageButtonProps,
  type PageInputProp,
} from './pages/PageButton.js';
export { PageDialog, type PageDialogProps, pageFrameSandbox } from './pages/PageDialog.js';
// One button per built-in page (pageButtons.tsx exports nothing else): a new one needs no line here.
export * from './pages/pageButtons.js';
export {
  type PageLauncherCallbacks,
  type UsePageLauncherOptions,
  type UsePageLauncherResult,
  usePageLauncher,
} from './pages/usePageLauncher.js';
export { type EsignMutationOptions, useEsignMutation } from './useEsignMutation.js';
export { type EsignQueryOptions, useEsignQuery } from './useEsignQuery.js';

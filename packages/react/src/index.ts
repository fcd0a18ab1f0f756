'use client';
export { type EsignKitContextValue, type PageSettings, useEsignClient, usePageSettings } from './EsignKitContext.js';
export { EsignKitProvider, type EsignKitProviderProps } from './EsignKitProvider.js';
export { type PageLabels, pageLabels, pageName } from './pages/labels.js';
export { PageButton, type PageButtonOwnProps, type PageButtonProps } from './pages/PageButton.js';
export { PageDialog, type PageDialogProps, pageFrameSandbox } from './pages/PageDialog.js';
export {
  BulkContractButton,
  ContractDetailButton,
  ContractFormButton,
  ContractListButton,
  ContractSignatureButton,
  type PageButtonFor,
  ParticipantLinkButton,
  TemplateFormButton,
  UseTemplateButton,
} from './pages/pageButtons.js';
export {
  type PageLauncherCallbacks,
  type UsePageLauncherOptions,
  type UsePageLauncherResult,
  usePageLauncher,
} from './pages/usePageLauncher.js';
export { useContract } from './useContract.js';
export { type EsignMutationOptions, useEsignMutation } from './useEsignMutation.js';
export { type EsignQueryOptions, useEsignQuery } from './useEsignQuery.js';
export { useSendReminder } from './useSendReminder.js';

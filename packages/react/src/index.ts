'use client';
export { type EsignKitContextValue, type PageSettings, useEsignClient, usePageSettings } from './EsignKitContext.js';
export { EsignKitProvider, type EsignKitProviderProps } from './EsignKitProvider.js';
// Every hook in hooks/ (one module each, with its types): a new hook needs no line here.
export * from './hooks/hooks.generated.js';
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

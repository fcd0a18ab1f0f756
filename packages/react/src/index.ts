'use client';
export { useEsignClient } from './EsignKitContext.js';
export { EsignKitProvider, type EsignKitProviderProps } from './EsignKitProvider.js';
export { useContract } from './useContract.js';
export { type EsignMutationOptions, useEsignMutation } from './useEsignMutation.js';
export { type EsignQueryOptions, useEsignQuery } from './useEsignQuery.js';
export { useSendReminder } from './useSendReminder.js';

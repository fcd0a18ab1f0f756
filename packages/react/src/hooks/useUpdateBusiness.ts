'use client';
import {
  type EsignKitError,
  type UpdateBusinessData,
  type UpdateBusinessInput,
  updateBusinessMutationOptions,
} from '@esign-kit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEsignClient } from '../EsignKitContext.js';
import { type EsignMutationOptions, useComposedMutation } from '../useEsignMutation.js';

// `createBusiness` and `listManagedBusinesses` get no hooks: they are server-only (they carry API
// keys), the proxy never exposes them to browsers. Call them with `createEsignServerClient`.

/**
 * Changes the business's profile and/or settings (`PATCH business`). Refetches nothing: no
 * query a browser can make shows them; read the new values from `data`.
 *
 * @example
 * ```tsx
 * const update = useUpdateBusiness()
 * update.mutate({ input: { configuration: { customerCustomName: '거래처' } } })
 * ```
 */
export function useUpdateBusiness(
  options?: EsignMutationOptions<UpdateBusinessData, UpdateBusinessInput>,
): UseMutationResult<UpdateBusinessData, EsignKitError, UpdateBusinessInput> {
  const client = useEsignClient('useUpdateBusiness');
  return useComposedMutation(updateBusinessMutationOptions(client), options);
}

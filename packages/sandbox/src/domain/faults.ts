import type { PrixErrorCode } from '@esign-kit/core';
import { builtInOperations, prixErrorCatalogue } from '@esign-kit/core/server';
import type { SandboxState } from '../state/index.js';
import { prixError } from '../vendorErrors.js';
import { type Failure, invalidRequest, type Outcome, ok } from './outcome.js';

/**
 * Makes the next `times` calls of an operation answer `errorCode`, after their input passed its
 * check and instead of doing anything. For the errors no state can produce in memory (Prix's
 * "unknown error" 500s such as `FAILED_GET_CREDIT` or `FAILED_CREATE_CONTRACT`, the permission
 * errors of a multi-member business), so an app's error handling can still be tried.
 */
export function injectFailure(state: SandboxState, operationId: string, errorCode: string, times = 1): Outcome<void> {
  if (!builtInOperations.some((operation) => operation.id === operationId)) {
    return invalidRequest(`알 수 없는 operation id입니다: ${operationId}`);
  }
  if (!Object.hasOwn(prixErrorCatalogue, errorCode)) return invalidRequest(`프릭스 에러 코드가 아닙니다: ${errorCode}`);
  if (!Number.isInteger(times) || times < 1) return invalidRequest('times는 1 이상의 정수여야 합니다.');
  state.injectedFailures.push({ operationId, errorCode: errorCode as PrixErrorCode, remaining: times });
  return ok(undefined);
}

/** The injected failure for a call of `operationId`, if one is pending (it is used up). */
export function takeInjectedFailure(state: SandboxState, operationId: string): Failure | undefined {
  const index = state.injectedFailures.findIndex((entry) => entry.operationId === operationId);
  const entry = state.injectedFailures[index];
  if (!entry) return undefined;
  entry.remaining -= 1;
  if (entry.remaining <= 0) state.injectedFailures.splice(index, 1);
  return prixError(entry.errorCode);
}

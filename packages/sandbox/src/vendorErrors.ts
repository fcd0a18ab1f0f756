import { type PrixErrorCode, prixErrorCatalogue } from '@esign-kit/core';
import type { HandlerFailure } from './handlers/types.js';

/**
 * Prix's own error text for the codes the sandbox produces. Prix sends Korean messages and
 * clients may show them (`EsignKitError.vendorMessage`), so the sandbox does too. Add a line
 * here when a handler needs a new code.
 */
const vendorMessages = {
  // Quoted by the reference (§1.2, §2.3).
  UNAUTHORIZED_API_KEY: '유효하지 않은 API KEY 정보입니다.',
  // The find page gives the meaning ("존재하지 않는 고객인 경우"); the sentence follows Prix's style.
  NOT_FOUND_CUSTOMER: '존재하지 않는 고객입니다.',
  INVALID_CUSTOMER_CUSTOM_KEY: '규칙을 벗어난 customKey 입니다.',
  NOT_FOUND_SIGNATURE: '존재하지 않는 전자서명입니다.',
  INVALID_SIGNATURE_PARTICIPANT_UUID: '유효하지 않은 참여자 식별값입니다.',
} as const satisfies Partial<Record<PrixErrorCode, string>>;

export type SandboxVendorErrorCode = keyof typeof vendorMessages;

/**
 * A Prix error as a handler result, with the HTTP status core's catalogue records for the code
 * (documented by Prix, or chosen for the sandbox where Prix leaves it out).
 */
export function prixError(errorCode: SandboxVendorErrorCode): HandlerFailure {
  return { ok: false, status: prixErrorCatalogue[errorCode].status, errorCode, message: vendorMessages[errorCode] };
}

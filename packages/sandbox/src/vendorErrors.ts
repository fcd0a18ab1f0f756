import type { PrixErrorCode } from '@esign-kit/core';
import { prixErrorCatalogue } from '@esign-kit/core/server';
import type { Failure } from './domain/outcome.js';

/**
 * Prix's own error text for the codes the sandbox produces. Prix sends Korean messages and
 * clients may show them (`EsignKitError.vendorMessage`), so the sandbox does too. Where the
 * reference quotes a message it is used verbatim; otherwise the sentence restates the meaning the
 * error table gives, in Prix's style. Add a line here when a handler needs a new code.
 */
const vendorMessages = {
  // Quoted by the reference (§1.2, §2.3).
  UNAUTHORIZED_API_KEY: '유효하지 않은 API KEY 정보입니다.',
  NOT_FOUND_CUSTOMER: '존재하지 않는 고객입니다.',
  INVALID_CUSTOMER_CUSTOM_KEY: '규칙을 벗어난 customKey 입니다.',
  ALREADY_CUSTOMER_EXISTS: '이미 존재하는 고객입니다.',
  NOT_FOUND_SIGNATURE: '존재하지 않는 전자서명입니다.',
  SIGNATURE_CANCEL_FAILED: '전자서명 취소에 실패했습니다.',
  INVALID_SIGNATURE_PARTICIPANT_UUID: '유효하지 않은 참여자 식별값입니다.',
  SIGNATURE_INVALID_FACILITATOR_UUID: '유효하지 않은 대면서명 진행자 식별값입니다.',
  SIGNATURE_CERTIFICATE_NOT_READY: '감사추적 인증서가 아직 생성되지 않았습니다. 잠시 후 다시 시도해 주세요.',
  INVALID_SIGNATURE_TITLE: '전자서명 제목이 없습니다.',
  INVALID_SIGNATURE_EXPIRED_DATE: '서명 만료일은 현재 시간 이후여야 합니다.',
  NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH: '전자서명 템플릿에 설정된 모든 참여자에 대한 정보가 없습니다.',
  INVALID_ADDITIONAL_INPUT: '추가 입력값이 없습니다.',
  SIGNATURE_PARTICIPANT_EMPTY_ADDITIONAL_REQUEST_INPUT: '추가 발송 참여자의 값이 없습니다.',
  SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_EMAIL: '추가 발송 참여자의 이메일 주소가 잘못되었습니다.',
  SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_PHONE: '추가 발송 참여자의 전화번호가 잘못되었습니다.',
  EXISTING_CONTRACT_KEY: '계약서의 custom key가 이미 존재합니다.',
  NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH: '휴대폰 본인인증을 위한 크레딧이 부족합니다.',
  NOT_FOUND_SIGNATURE_TEMPLATE: '전자서명 템플릿이 존재하지 않습니다.',
  SIGNATURE_TEMPLATE_NOT_FOUND: '전자서명 템플릿이 존재하지 않습니다.',
  SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT: '대량서명을 이용할 수 없는 템플릿입니다. (참여자가 1명이 아닌 경우)',
  MISSING_PROFILE_NAME: '비즈니스 이름이 없습니다.',
  NOT_FOUND_CONFIGURATION: '비즈니스 설정 정보가 존재하지 않습니다.',
} as const satisfies Partial<Record<PrixErrorCode, string>>;

export type SandboxVendorErrorCode = keyof typeof vendorMessages;

/**
 * A Prix error as a handler result, with the HTTP status core's catalogue records for the code
 * (documented by Prix, or chosen for the sandbox where Prix leaves it out). Codes without a line
 * above (only reachable through `control.failNext`) use the catalogue's Korean text.
 *
 * @example
 * ```ts
 * prixError('NOT_FOUND_SIGNATURE') // { ok: false, status: 404, errorCode: 'NOT_FOUND_SIGNATURE', message: '존재하지 않는 전자서명입니다.' }
 * ```
 */
export function prixError(errorCode: PrixErrorCode): Failure {
  const message = Object.hasOwn(vendorMessages, errorCode)
    ? vendorMessages[errorCode as SandboxVendorErrorCode]
    : prixErrorCatalogue[errorCode].ko;
  return { ok: false, status: prixErrorCatalogue[errorCode].status, errorCode, message };
}

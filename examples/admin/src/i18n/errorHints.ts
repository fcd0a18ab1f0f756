import type { EsignKitError, Locale } from '@esign-kit/core';

type Hint = { readonly ko: string; readonly en: string };

/** What the user can do next, by error code; the message itself comes from esign-kit. */
const hints: Readonly<Record<string, Hint>> = {
  ESIGN_KIT_FORBIDDEN: {
    ko: '로그인한 고객사의 계약서·고객만 다룰 수 있습니다. 다른 고객사의 일이라면 그 고객사의 사용자로 다시 로그인하세요.',
    en: "You can only work with your own tenant's contracts and customers. If this belongs to another tenant, sign in as that tenant's user.",
  },
  // Asked by uuid or customKey: a contract that does not exist and another tenant's get this same answer.
  ESIGN_KIT_NOT_FOUND: {
    ko: '입력한 uuid·customKey를 확인하세요. 다른 고객사의 계약서도 같은 답을 받습니다.',
    en: "Check the uuid or customKey you entered. Another tenant's contract gets the same answer.",
  },
  ESIGN_KIT_RATE_LIMITED: {
    ko: '이 참여자에게는 알림을 충분히 보냈습니다. 한 시간쯤 뒤에 다시 보내거나, 참여자에게 직접 연락하세요.',
    en: 'This participant has had enough reminders for now. Send again in about an hour, or contact them directly.',
  },
  ESIGN_KIT_INVALID_INPUT: {
    ko: '위에 적힌 항목을 고친 뒤 다시 보내세요. 양식에서는 칸마다 무엇이 잘못됐는지 그 아래에 적혀 있습니다.',
    en: 'Fix the fields named above, then send again. In a form, each field says under it what is wrong.',
  },
  INVALID_SIGNATURE_TITLE: {
    ko: '계약서 제목을 입력한 뒤 다시 보내세요.',
    en: 'Enter a contract title, then send again.',
  },
  INVALID_SIGNATURE_EXPIRED_DATE: {
    ko: '서명 기한을 오늘이나 그 이후 날짜로 고르거나 비워 두세요.',
    en: 'Pick today or a later date as the signing deadline, or leave it empty.',
  },
  SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_EMAIL: {
    ko: '이메일 주소를 name@example.com 형식으로 고쳐 보내세요.',
    en: 'Correct the e-mail address (like name@example.com), then send again.',
  },
  SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_PHONE: {
    ko: '전화번호를 010-1234-5678 형식으로 고쳐 보내세요.',
    en: 'Correct the phone number (like 010-1234-5678), then send again.',
  },
  ESIGN_KIT_NETWORK_ERROR: {
    ko: '네트워크 연결을 확인한 뒤 다시 시도하세요.',
    en: 'Check your network connection and try again.',
  },
  ESIGN_KIT_UPSTREAM_UNREACHABLE: {
    ko: '프릭스 서버에 닿지 못했습니다. 잠시 후 다시 시도하세요.',
    en: 'Prix could not be reached. Try again in a moment.',
  },
  ESIGN_KIT_UPSTREAM_TIMEOUT: {
    ko: '프릭스가 제때 답하지 않았습니다. 잠시 후 다시 시도하세요. 요청이 이미 처리됐을 수 있으니 목록을 먼저 확인하세요.',
    en: 'Prix did not answer in time. Check the list first (it may have gone through), then try again.',
  },
  ESIGN_KIT_INTERNAL: {
    ko: '서버에서 문제가 생겼습니다. 잠시 후 다시 시도하고, 계속되면 관리자에게 알려 주세요.',
    en: 'Something went wrong on the server. Try again shortly; tell your administrator if it persists.',
  },
  ESIGN_KIT_UNKNOWN_OPERATION: {
    ko: '이 데모에서 열려 있지 않은 기능입니다.',
    en: 'This demo does not offer that operation.',
  },
  SIGNATURE_CANCEL_FAILED: {
    ko: '이미 완료되었거나 취소된 전자서명입니다. 계약서를 새로 불러와 상태를 확인하세요.',
    en: 'The e-signature is already signed or canceled. Reload the contract to see its status.',
  },
  NOT_FOUND_SIGNATURE: {
    ko: '전자서명이 없어졌습니다. 계약서를 새로 불러오세요.',
    en: 'The e-signature no longer exists. Reload the contract.',
  },
  INVALID_SIGNATURE_PARTICIPANT_UUID: {
    ko: '이 전자서명의 참여자가 아닙니다. 계약서를 새로 불러오세요.',
    en: 'Not a participant of this e-signature. Reload the contract.',
  },
  EXISTING_CONTRACT_KEY: {
    ko: '이미 쓰인 customKey입니다. 다른 값을 넣거나 비워 두세요.',
    en: 'That customKey is taken. Use another one or leave it empty.',
  },
  NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH: {
    ko: '템플릿의 모든 역할에 참여자를 넣으세요.',
    en: 'Fill in a participant for every role of the template.',
  },
  INVALID_ADDITIONAL_INPUT: {
    ko: '필수 사전 입력값을 채우세요.',
    en: 'Fill in the required pre-filled values.',
  },
  ALREADY_CUSTOMER_EXISTS: {
    ko: '같은 이름이나 customKey의 고객이 있습니다. 다른 값을 쓰세요.',
    en: 'A customer with that name or customKey exists. Use another.',
  },
  NOT_FOUND_CUSTOMER: {
    ko: '고객이나 계약서를 찾지 못했습니다. 입력한 값을 확인하세요.',
    en: 'The customer or contract was not found. Check what you entered.',
  },
  INVALID_CUSTOMER_CUSTOM_KEY: {
    ko: 'customKey는 영문·숫자·-·_ 로 40자까지입니다.',
    en: 'A customKey is up to 40 letters, digits, "-" or "_".',
  },
};

const fallback: Hint = {
  ko: '잠시 후 다시 시도하세요. 계속되면 아래 오류 코드를 관리자에게 알려 주세요.',
  en: 'Try again in a moment. If it keeps happening, give your administrator the error code below.',
};

/**
 * Headlines the demo words more precisely than the library's generic sentence: here every
 * "not found" is a contract asked for by uuid or customKey.
 */
const headlines: Readonly<Record<string, Hint>> = {
  ESIGN_KIT_NOT_FOUND: {
    ko: '없거나 볼 수 없는 계약서입니다.',
    en: "No such contract among your customer's contracts.",
  },
};

/** The error's headline in the user's language: the demo's own for a few codes, else esign-kit's message. */
export function headline(error: EsignKitError, locale: Locale): string {
  return headlines[error.errorCode]?.[locale] ?? error.messageIn(locale);
}

/** For any other refusal of what was entered (400, or issues): advice on the input, not "try later". */
const inputFallback: Hint = {
  ko: '입력한 값을 확인해 고친 뒤 다시 보내세요.',
  en: 'Check what you entered, correct it and send again.',
};

/** The next step for an error, in the user's language. */
export function nextStep(error: EsignKitError, locale: Locale): string {
  const aboutInput = error.status === 400 || error.issues.length > 0;
  return (hints[error.errorCode] ?? (aboutInput ? inputFallback : fallback))[locale];
}

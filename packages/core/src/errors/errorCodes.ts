import { clientErrorTexts } from './clientErrorTexts.js';

/**
 * Every error code the library knows: Prix's own (reference §8.5) and the ones esign-kit adds
 * for failures that happen before or after Prix (validation, proxy, network).
 *
 * `status` is the HTTP status Prix documents; where the vendor leaves it out ("n/d" in the
 * reference) the value is the one the sandbox uses and the comment says so.
 */
export const prixErrorCatalogue = {
  UNAUTHORIZED_API_KEY: {
    status: 401, // n/d in the reference; 401 is what the sandbox answers.
    ko: 'API 키가 유효하지 않습니다. 서버의 프릭스 API 키 설정을 확인하세요.',
    en: 'The API key is not valid. Check the Prix API key configured on the server.',
  },
  FORBIDDEN_USER: {
    status: 403, // n/d in the reference.
    ko: '이 계약서에 접근할 권한이 API 멤버에게 없습니다.',
    en: 'The API member has no permission for this contract.',
  },
  FORBIDDEN_BUSINESS: {
    status: 401,
    ko: '이 계약서에 대한 권한이 없습니다.',
    en: 'This business has no permission for the contract.',
  },
  INVALID_BUSINESS: {
    status: 401,
    ko: '이 템플릿에 대한 권한이 없습니다.',
    en: 'This business has no permission for the template.',
  },
  INVALID_CUSTOMER_CUSTOM_KEY: {
    status: 400,
    ko: 'customKey가 규칙에 맞지 않습니다 (40자 이하 영문, 숫자, -, _).',
    en: 'The customKey breaks the format rules (at most 40 letters, digits, - or _).',
  },
  NOT_FOUND_CUSTOMER: {
    status: 404,
    ko: '존재하지 않는 고객입니다.',
    en: 'The customer does not exist.',
  },
  ALREADY_CUSTOMER_EXISTS: {
    status: 409,
    ko: '같은 이름이나 customKey를 가진 고객이 이미 있습니다.',
    en: 'Another customer already uses this title or customKey.',
  },
  INVALID_SIGNATURE_TITLE: {
    status: 400,
    ko: '전자서명 제목을 입력하세요.',
    en: 'The e-signature title is missing.',
  },
  INVALID_SIGNATURE_EXPIRED_DATE: {
    status: 400,
    ko: '만료일은 미래의 날짜여야 합니다.',
    en: 'The expiry date must be in the future.',
  },
  NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH: {
    status: 400,
    ko: '템플릿의 모든 참여자 역할을 입력해야 합니다.',
    en: 'Every participant role of the template must be given.',
  },
  INVALID_ADDITIONAL_INPUT: {
    status: 400,
    ko: '추가 입력값이 빠졌습니다.',
    en: 'An additional input value is missing.',
  },
  SIGNATURE_PARTICIPANT_EMPTY_ADDITIONAL_REQUEST_INPUT: {
    status: 400,
    ko: '추가 수신자의 정보가 비어 있습니다.',
    en: 'An additional recipient was given without any details.',
  },
  SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_EMAIL: {
    status: 400,
    ko: '추가 수신자의 이메일이 올바르지 않습니다.',
    en: 'The e-mail address of an additional recipient is not valid.',
  },
  SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_PHONE: {
    status: 400,
    ko: '추가 수신자의 전화번호가 올바르지 않습니다.',
    en: 'The phone number of an additional recipient is not valid.',
  },
  EXISTING_CONTRACT_KEY: {
    status: 400,
    ko: '같은 customKey를 가진 계약서가 이미 있습니다.',
    en: 'A contract with this customKey already exists.',
  },
  FAILED_USE_SIGNATURE_TEMPLATE: {
    status: 400,
    ko: '템플릿을 사용하는 중 알 수 없는 오류가 발생했습니다.',
    en: 'An unknown error occurred while using the template.',
  },
  NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH: {
    status: 403,
    ko: '휴대폰 본인인증에 필요한 크레딧이 부족합니다.',
    en: 'Not enough credits for mobile identity verification.',
  },
  NOT_FOUND_SIGNATURE_TEMPLATE: {
    status: 404,
    ko: '존재하지 않는 템플릿입니다.',
    en: 'The template does not exist.',
  },
  SIGNATURE_TEMPLATE_NOT_FOUND: {
    status: 404,
    ko: '존재하지 않는 템플릿입니다.',
    en: 'The template does not exist.',
  },
  NOT_FOUND_BUSINESS: {
    status: 404,
    ko: '템플릿에 연결된 비즈니스가 없습니다.',
    en: 'The business linked to the template does not exist.',
  },
  NOT_FOUND_USER: {
    status: 404,
    ko: '템플릿에 연결된 사용자가 없습니다.',
    en: 'The user linked to the template does not exist.',
  },
  FAILED_CREATE_CONTRACT: {
    status: 500,
    ko: '계약서를 만드는 중 오류가 발생했습니다.',
    en: 'Creating the contract failed.',
  },
  FAILED_CREATE_SIGNATURE: {
    status: 500,
    ko: '전자서명을 만드는 중 오류가 발생했습니다.',
    en: 'Creating the e-signature failed.',
  },
  FAILED_MERGE_CONTRACT: {
    status: 500,
    ko: '첨부 파일을 계약서에 합치지 못했습니다.',
    en: 'Merging the additional files into the contract failed.',
  },
  SIGNATURE_TEMPLATE_BULK_PARTICIPANT_COUNT: {
    status: 400,
    ko: '대량계약은 참여자가 한 명인 템플릿에서만 쓸 수 있습니다.',
    en: 'Bulk contracts need a template with exactly one participant.',
  },
  NOT_FOUND_SIGNATURE: {
    status: 404,
    ko: '존재하지 않는 전자서명입니다.',
    en: 'The e-signature does not exist.',
  },
  SIGNATURE_CANCEL_FAILED: {
    status: 500,
    ko: '전자서명을 취소하지 못했습니다.',
    en: 'Cancelling the e-signature failed.',
  },
  INVALID_SIGNATURE_PARTICIPANT_UUID: {
    status: 400,
    ko: '참여자 식별값이 올바르지 않습니다.',
    en: 'The participant uuid is not valid.',
  },
  SIGNATURE_INVALID_FACILITATOR_UUID: {
    status: 400,
    ko: '대면서명 진행자 식별값이 올바르지 않습니다.',
    en: 'The facilitator uuid is not valid.',
  },
  SIGNATURE_CERTIFICATE_NOT_READY: {
    status: 409, // n/d in the reference; the sandbox answers 409 ("try again later").
    ko: '감사추적 인증서가 아직 준비되지 않았습니다. 잠시 후 다시 시도하세요.',
    en: 'The audit-trail certificate is not ready yet. Try again in a moment.',
  },
  MISSING_PROFILE_NAME: {
    status: 400,
    ko: '비즈니스 이름을 입력하세요.',
    en: 'The business name is missing.',
  },
  FAILED_UPDATE_PROFILE: {
    status: 500,
    ko: '비즈니스 정보를 변경하지 못했습니다.',
    en: 'Updating the business profile failed.',
  },
  NOT_FOUND_CONFIGURATION: {
    status: 404,
    ko: '비즈니스 설정이 없습니다.',
    en: 'The business configuration does not exist.',
  },
  FAILED_GET_CREDIT: {
    status: 500,
    ko: '크레딧 정보를 불러오지 못했습니다.',
    en: 'Reading the credit status failed.',
  },
} as const satisfies Record<string, ErrorCatalogueEntry>;

/**
 * Codes esign-kit itself produces, in the client or in the proxy. The ones a browser client
 * raises on its own share their sentences with {@link clientErrorTexts}.
 */
export const kitErrorCatalogue = {
  ESIGN_KIT_INVALID_INPUT: { status: 400, ...clientErrorTexts.ESIGN_KIT_INVALID_INPUT },
  ESIGN_KIT_UNKNOWN_OPERATION: {
    status: 404,
    ko: '프록시가 허용하지 않는 API입니다.',
    en: 'The proxy does not allow this API.',
  },
  ESIGN_KIT_METHOD_NOT_ALLOWED: {
    status: 405,
    ko: '이 API는 해당 HTTP 메서드를 지원하지 않습니다.',
    en: 'This API does not accept that HTTP method.',
  },
  ESIGN_KIT_FORBIDDEN: {
    status: 403,
    ko: '이 작업을 할 권한이 없습니다.',
    en: 'You are not allowed to do this.',
  },
  /**
   * The app's `authorize` answered `'not-found'`: the row does not exist or is outside what the
   * user may reach, told apart by nobody (the same answer for both), so existence stays hidden.
   */
  ESIGN_KIT_NOT_FOUND: {
    status: 404,
    ko: '없거나 볼 수 없는 항목입니다. 볼 수 있는 항목 가운데에는 없습니다.',
    en: 'No such item among those you can reach.',
  },
  ESIGN_KIT_UPSTREAM_UNREACHABLE: {
    status: 502,
    ko: '전자서명 서비스에 연결하지 못했습니다. 잠시 후 다시 시도하세요.',
    en: 'The e-signature service could not be reached. Try again shortly.',
  },
  ESIGN_KIT_UPSTREAM_TIMEOUT: {
    status: 504,
    ko: '전자서명 서비스의 응답이 너무 늦습니다. 잠시 후 다시 시도하세요.',
    en: 'The e-signature service took too long to answer. Try again shortly.',
  },
  ESIGN_KIT_UPSTREAM_INVALID_RESPONSE: {
    status: 502,
    ko: '전자서명 서비스가 예상하지 못한 응답을 보냈습니다.',
    en: 'The e-signature service sent an unexpected response.',
  },
  /**
   * Prix did what was asked but its `data` differs from the documented shape (a field null or
   * missing, another type): the proxy answered with what it could read. Told to `onError` only;
   * with `strictResponses` the answer is `ESIGN_KIT_UPSTREAM_INVALID_RESPONSE` instead.
   */
  ESIGN_KIT_UPSTREAM_DRIFT: {
    status: 200,
    ko: '전자서명 서비스의 응답 형식이 문서와 달라, 읽을 수 있는 항목만 전달했습니다.',
    en: 'The e-signature service answered in a shape that differs from its documentation; the fields that could be read were passed on.',
  },
  /** The answer passed the proxy's `maxUpstreamBytes`: it stopped reading and hung up. */
  ESIGN_KIT_UPSTREAM_TOO_LARGE: {
    status: 502,
    ko: '전자서명 서비스의 응답이 너무 커서 받지 않았습니다.',
    en: 'The e-signature service sent an answer too large to accept.',
  },
  /**
   * The browser went away before the answer was ready (nginx's 499): the proxy aborted its call.
   * Seen in the proxy's logs, and in a replay of that idempotency key; a change may have been made.
   */
  ESIGN_KIT_CLIENT_CLOSED_REQUEST: {
    status: 499,
    ko: '응답을 받기 전에 요청이 취소되었습니다. 변경 요청이었다면 이미 처리됐을 수 있으니 확인한 뒤 다시 시도하세요.',
    en: 'The request was cancelled before the answer came. If it made a change, that may have happened: check before trying again.',
  },
  ESIGN_KIT_INTERNAL: {
    status: 500,
    ko: '프록시에서 오류가 발생했습니다.',
    en: 'The proxy failed while handling the request.',
  },
  ESIGN_KIT_CROSS_SITE: {
    status: 403,
    ko: '다른 사이트에서 보낸 요청은 처리하지 않습니다.',
    en: 'Requests sent from another site are refused.',
  },
  ESIGN_KIT_ORIGIN_NOT_CONFIGURED: {
    status: 500,
    ko: '프록시에 앱의 공개 출처가 설정되지 않았습니다. 프록시 옵션 publicOrigins에 브라우저가 앱을 여는 출처를 적으세요.',
    en: 'The proxy does not know where the app is served from. Set `publicOrigins` in its options to the origins browsers load the app from.',
  },
  ESIGN_KIT_RATE_LIMITED: {
    status: 429,
    ko: '요청이 너무 많습니다. 잠시 후 다시 시도하세요.',
    en: 'Too many requests. Try again later.',
  },
  /** The proxy's store is full of live limits and records: it refuses new ones rather than forget any. */
  ESIGN_KIT_BUSY: {
    status: 503,
    ko: '요청이 많아 지금은 처리할 수 없습니다. 잠시 후 다시 시도하세요.',
    en: 'The service is busy and cannot take this request now. Try again later.',
  },
  ESIGN_KIT_IDEMPOTENCY_MISMATCH: {
    status: 422,
    ko: '같은 요청 키가 다른 내용의 요청에 이미 쓰였습니다.',
    en: 'This idempotency key was already used for a different request.',
  },
  ESIGN_KIT_IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    ko: '같은 요청을 아직 처리하고 있습니다. 잠시 후 결과를 확인하세요.',
    en: 'The same request is still being processed. Check the result shortly.',
  },
  ESIGN_KIT_SERVER_ONLY_OPERATION: { status: 403, ...clientErrorTexts.ESIGN_KIT_SERVER_ONLY_OPERATION },
  ESIGN_KIT_REMINDER_ADDRESS_NOT_ALLOWED: {
    status: 403,
    ko: '알림을 다른 주소로 보낼 수 없습니다. 참여자에게 등록된 연락처로 보내려면 sendInput을 빼세요.',
    en: 'A reminder cannot be sent to another address here. Leave out sendInput to use the participant’s own contact.',
  },
  ESIGN_KIT_HOSTED_PAGE_OUT_OF_SCOPE: {
    status: 403,
    ko: '호스팅 페이지에서 사용자의 범위 밖 고객으로 계약이 만들어져 서명 요청을 취소했습니다.',
    en: 'A hosted page made a contract for a customer outside the user’s scope; its signature request was canceled.',
  },
  ESIGN_KIT_NETWORK_ERROR: { status: 0, ...clientErrorTexts.ESIGN_KIT_NETWORK_ERROR },
  ESIGN_KIT_INVALID_RESPONSE: { status: 0, ...clientErrorTexts.ESIGN_KIT_INVALID_RESPONSE },
} as const satisfies Record<string, ErrorCatalogueEntry>;

export interface ErrorCatalogueEntry {
  /** HTTP status; `0` means "no HTTP response" (the request never completed). */
  readonly status: number;
  readonly ko: string;
  readonly en: string;
}

/** An error code documented by Prix (reference §8.5). */
export type PrixErrorCode = keyof typeof prixErrorCatalogue;
/** An error code produced by esign-kit itself. */
export type KitErrorCode = keyof typeof kitErrorCatalogue;
/** Every code the library knows by name. */
export type KnownErrorCode = PrixErrorCode | KitErrorCode;
/**
 * The type of `EsignKitError.errorCode`: every known code, still open to codes Prix has not
 * documented (several of its error tables could not be read) without losing autocompletion.
 */
export type ErrorCode = KnownErrorCode | (string & {});

const catalogue: Readonly<Record<string, ErrorCatalogueEntry>> = {
  ...prixErrorCatalogue,
  ...kitErrorCatalogue,
};

/** Looks a code up in the catalogue; `undefined` for codes Prix has not documented. */
export function describeErrorCode(code: string): ErrorCatalogueEntry | undefined {
  return Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
}

/** True when the code is one the library knows by name. */
export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return Object.hasOwn(catalogue, code);
}

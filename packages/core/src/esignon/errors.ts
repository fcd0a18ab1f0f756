import type { ErrorCatalogueEntry } from '../errors/errorCodes.js';

/**
 * @module eSignon's `result_code`s in the kit's terms. eSignon answers HTTP 200 for business
 * failures and puts the outcome in `header.result_code` (`"00"` = success); the same code means
 * different things per call, so the lookup takes the call's context.
 */

/**
 * Every `ESIGNON_*` code with its HTTP status for the browser and its sentences. Statuses are
 * ours (eSignon only ever answers 200): 4xx where the caller can fix the input, 502 where the
 * proxy's eSignon account or eSignon itself is at fault.
 *
 * @example
 * ```ts
 * esignonErrorCatalogue.ESIGNON_WORKFLOW_NOT_FOUND.ko // '이싸인온 문서를 찾을 수 없습니다.'
 * ```
 */
export const esignonErrorCatalogue = {
  ESIGNON_LOGIN_FAILED: {
    status: 502,
    ko: '이싸인온 로그인에 실패했습니다. 서버의 이싸인온 계정 설정(회사 ID, 이메일, 비밀번호)을 확인하세요.',
    en: 'Signing in to eSignon failed. Check the eSignon account configured on the server (company id, e-mail, password).',
  },
  ESIGNON_AUTH_REJECTED: {
    status: 502,
    ko: '이싸인온이 다시 로그인한 뒤에도 인증을 거부했습니다.',
    en: 'eSignon refused the authentication, even after signing in again.',
  },
  ESIGNON_BODY_UNREADABLE: {
    status: 502,
    ko: '이싸인온이 요청 본문을 읽지 못했습니다.',
    en: 'eSignon could not read the request body.',
  },
  ESIGNON_API_NOT_ALLOWED: {
    status: 502,
    ko: '이 회사는 이싸인온 API를 쓸 수 없습니다. API 요금제 등록을 확인하세요.',
    en: 'This company may not use the eSignon API. Check its API plan.',
  },
  ESIGNON_UNEXPECTED: {
    status: 502,
    ko: '이싸인온에서 예기치 못한 오류가 났습니다.',
    en: 'eSignon reported an unexpected error.',
  },
  ESIGNON_VALIDATION_FAILED: {
    status: 400,
    ko: '이싸인온이 요청을 받아들이지 않았습니다. 서명자 수, 템플릿, 연락처를 확인하세요.',
    en: 'eSignon refused the request. Check the signer count, the template and the contacts.',
  },
  ESIGNON_FAILED: {
    status: 502,
    ko: '이싸인온이 요청을 처리하지 못했습니다.',
    en: 'eSignon could not carry out the request.',
  },
  ESIGNON_SERVICE_EXPIRED: {
    status: 502,
    ko: '이싸인온 서비스 이용 기간이 끝났습니다.',
    en: 'The eSignon service period has ended.',
  },
  ESIGNON_QUOTA_EXCEEDED: {
    status: 429,
    ko: '이싸인온 사용량을 모두 썼습니다.',
    en: 'The eSignon usage quota is used up.',
  },
  ESIGNON_EXPIRY_FORMAT: {
    status: 400,
    ko: '만료일 형식이 올바르지 않습니다 (YYYY-MM-DD).',
    en: 'The expiry date is not in the YYYY-MM-DD format.',
  },
  ESIGNON_EXPIRY_IN_PAST: {
    status: 400,
    ko: '만료일이 이미 지났습니다.',
    en: 'The expiry date is in the past.',
  },
  ESIGNON_WORKFLOW_NOT_FOUND: {
    status: 404,
    ko: '이싸인온 문서를 찾을 수 없습니다.',
    en: 'The eSignon workflow was not found.',
  },
  ESIGNON_WRONG_STATE: {
    status: 409,
    ko: '지금 상태의 문서에는 할 수 없는 작업입니다 (이미 완료되었거나 취소됨).',
    en: 'The workflow is not in a state that allows this (already complete or canceled).',
  },
  ESIGNON_NO_SIGNING_URL: {
    status: 404,
    ko: '지금 열 수 있는 서명 페이지가 없습니다.',
    en: 'There is no signing page to open for this workflow now.',
  },
  ESIGNON_DOCUMENTS_NOT_READY: {
    status: 409,
    ko: '서명이 끝난 문서만 내려받을 수 있습니다.',
    en: 'Documents can be downloaded once the workflow is complete.',
  },
  ESIGNON_UNKNOWN_RESULT: {
    status: 502,
    ko: '이싸인온이 알 수 없는 결과 코드로 응답했습니다.',
    en: 'eSignon answered with an unknown result code.',
  },
} as const satisfies Record<string, ErrorCatalogueEntry>;

/** An `ESIGNON_*` code. */
export type EsignonErrorCode = keyof typeof esignonErrorCatalogue;

/** The eSignon call a `result_code` came from: the same code means different things per call. */
export type EsignonCallContext = 'login' | 'start' | 'read' | 'cancel' | 'download';

/**
 * `result_code` for a refused or expired token. Our reading: legacy POSTs answer it (the v2 read
 * answers HTTP 401); the cancel page documents it as "bad auth key".
 *
 * @example
 * ```ts
 * if (answer.header.result_code === esignonTokenRefusedCode) await signInAgain()
 * ```
 */
export const esignonTokenRefusedCode = '94';

const codesByContext: Readonly<Record<EsignonCallContext, Readonly<Record<string, EsignonErrorCode>>>> = {
  // https://api.esignon.net/issued/token
  login: {
    '10': 'ESIGNON_LOGIN_FAILED',
    '12': 'ESIGNON_BODY_UNREADABLE',
    '95': 'ESIGNON_API_NOT_ALLOWED',
    '99': 'ESIGNON_UNEXPECTED',
  },
  // https://api.esignon.net/workflow/start/nonfacestart. `12` conflicts between the doc sets: the
  // Korean table (kor, 2022, the newest and most detailed) says "service period expired", with `11`
  // for an unreadable body; the English one (eng, 2021) lists only 00/10/12/99 and calls `12` "body
  // not parseable". The Korean reading is used; the vendor's own `result_msg` rides along.
  start: {
    '-1': 'ESIGNON_VALIDATION_FAILED',
    '10': 'ESIGNON_FAILED',
    '11': 'ESIGNON_BODY_UNREADABLE',
    '12': 'ESIGNON_SERVICE_EXPIRED',
    '13': 'ESIGNON_QUOTA_EXCEEDED',
    '19': 'ESIGNON_EXPIRY_FORMAT',
    '20': 'ESIGNON_EXPIRY_IN_PAST',
    '99': 'ESIGNON_UNEXPECTED',
  },
  // https://api.esignon.net/workflow/view/workflowinfo
  read: { '10': 'ESIGNON_WORKFLOW_NOT_FOUND' },
  // https://api.esignon.net/workflow/modify/cancel
  cancel: { '11': 'ESIGNON_WRONG_STATE' },
  // https://api.esignon.net/workflow/downloadurl documents no failure code. Our reading, as the
  // sandbox answers: `10` for an unknown workflow, `11` for one not complete yet.
  download: { '10': 'ESIGNON_WORKFLOW_NOT_FOUND', '11': 'ESIGNON_DOCUMENTS_NOT_READY' },
};

/** An eSignon failure in the kit's terms: what the proxy's vendor answers (`VendorFailure`). */
export interface EsignonFailure {
  readonly ok: false;
  readonly errorCode: EsignonErrorCode;
  /** eSignon's own `result_msg` (often Korean), or the code's English sentence. */
  readonly message: string;
  readonly status: number;
  readonly texts: { readonly ko: string; readonly en: string };
  /** The `result_code` as eSignon sent it. */
  readonly resultCode: string;
}

/**
 * The kit error for an eSignon `result_code` in a given call. `94` anywhere is a refused token
 * (`ESIGNON_AUTH_REJECTED`: the proxy signs in again once before it gives up with this); any code
 * not documented for that call is `ESIGNON_UNKNOWN_RESULT`, carrying eSignon's `result_msg`.
 *
 * @example
 * ```ts
 * esignonErrorFor('start', '13', '사용량 초과').errorCode // 'ESIGNON_QUOTA_EXCEEDED'
 * esignonErrorFor('read', '10').status // 404
 * esignonErrorFor('cancel', '42', 'new thing').message // 'new thing' (ESIGNON_UNKNOWN_RESULT)
 * ```
 */
export function esignonErrorFor(
  context: EsignonCallContext,
  resultCode: string,
  resultMessage?: string,
): EsignonFailure {
  const code = String(resultCode).trim();
  const errorCode: EsignonErrorCode =
    code === esignonTokenRefusedCode
      ? 'ESIGNON_AUTH_REJECTED'
      : ((Object.hasOwn(codesByContext[context], code) ? codesByContext[context][code] : undefined) ??
        'ESIGNON_UNKNOWN_RESULT');
  const { status, ko, en } = esignonErrorCatalogue[errorCode];
  return { ok: false, errorCode, message: resultMessage?.trim() || en, status, texts: { ko, en }, resultCode: code };
}

/**
 * Whether an eSignon answer means "this token is refused": `result_code` `94` (legacy POSTs) or
 * HTTP 401 (the v2 read). Our reading: neither is documented as the expiry signal; the proxy signs
 * in again once and retries the call once.
 *
 * @example
 * ```ts
 * isEsignonTokenRefused({ status: 200, resultCode: '94' }) // true
 * isEsignonTokenRefused({ status: 401 }) // true
 * ```
 */
export function isEsignonTokenRefused(answer: {
  readonly status: number;
  readonly resultCode?: string | undefined;
}): boolean {
  return answer.status === 401 || answer.resultCode?.trim() === esignonTokenRefusedCode;
}

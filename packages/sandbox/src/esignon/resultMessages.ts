import type { EsignonCall } from './model.js';
import type { EsignonMessage } from './wire.js';

/**
 * `result_msg` texts by call and `result_code`, in the sandbox's own words after the tables of
 * https://api.esignon.net/issued/token, https://api.esignon.net/workflow/start/nonfacestart,
 * https://api.esignon.net/workflow/view/workflowinfo and https://api.esignon.net/workflow/modify/cancel.
 * `12` of 5005Q: the newer Korean table says "service period expired", the English one "body
 * could not be parsed"; the sandbox follows the Korean table (and its English text says so).
 */
const messages: Readonly<Record<EsignonCall, Readonly<Record<string, EsignonMessage>>>> = {
  '1001Q': {
    '10': { ko: '로그인 정보가 올바르지 않습니다.', en: 'Wrong login.' },
    '12': { ko: '요청 본문을 읽을 수 없습니다.', en: 'The request body could not be parsed.' },
    '95': { ko: 'API 사용이 허용되지 않은 회사입니다.', en: 'This company may not use the API.' },
    '99': { ko: '예기치 않은 오류가 발생했습니다.', en: 'Unexpected error.' },
  },
  '5005Q': {
    '-1': { ko: '요청 값이 올바르지 않습니다.', en: 'Validation failed.' },
    '10': { ko: '문서를 시작하지 못했습니다.', en: 'Failed.' },
    '11': { ko: '요청 본문을 읽을 수 없습니다.', en: 'The request body could not be parsed.' },
    '12': {
      ko: '서비스 이용 기간이 만료되었습니다.',
      en: 'Service period expired (the English docs call 12 "body could not be parsed").',
    },
    '13': { ko: '사용량을 초과했습니다.', en: 'Usage quota exceeded.' },
    '19': { ko: '만료일 형식이 올바르지 않습니다 (YYYY-MM-DD).', en: 'Bad expiry date format (YYYY-MM-DD).' },
    '20': { ko: '만료일이 과거입니다.', en: 'The expiry date is in the past.' },
    '94': { ko: '인증 키가 올바르지 않습니다.', en: 'Bad authorization key.' },
    '99': { ko: '예기치 않은 오류가 발생했습니다.', en: 'Unexpected error.' },
  },
  'workflows.read': {
    '10': { ko: '문서 조회에 실패했습니다. 문서 ID를 확인하세요.', en: 'Lookup failed; check the workflow id.' },
    '94': { ko: '인증 키가 올바르지 않습니다.', en: 'Bad authorization key.' },
  },
  '1510Q': {
    '11': { ko: '값이 없거나 문서 상태가 맞지 않습니다.', en: 'Missing value or wrong state.' },
    '94': { ko: '인증 키가 올바르지 않습니다.', en: 'Bad authorization key.' },
  },
  'workflow.download': {
    '10': { ko: '문서를 찾을 수 없습니다.', en: 'No such document.' },
    '11': { ko: '완료된 문서가 아닙니다.', en: 'The document is not complete.' },
    '94': { ko: '인증 키가 올바르지 않습니다.', en: 'Bad authorization key.' },
  },
};

const unknown: EsignonMessage = { ko: '샌드박스가 주입한 오류입니다.', en: 'Failure injected by the sandbox.' };

/** The message of a `result_code` for a call (a generic one for codes its table does not list). */
export function resultMessage(call: EsignonCall, resultCode: string): EsignonMessage {
  return messages[call][resultCode] ?? unknown;
}

/** The token-refused message, `result_code` `"94"` on every call. */
export const tokenRefused: EsignonMessage = {
  ko: '인증 키가 올바르지 않거나 만료되었습니다.',
  en: 'Bad or expired authorization key.',
};

// @module Korean for the sentences the eSignon input schemas set on their own checks (their English
// is the schemas'). The issue wording of `@esign-kit/core/issues` looks sentences up by their
// English: this table is meant to be spread into it, so eSignon issues read in Korean too.

/**
 * English sentence of an eSignon input check → its Korean.
 *
 * @example
 * ```ts
 * esignonKoreanIssues['The expiry date must not be in the past.'] // '만료일은 오늘이거나 그 뒤여야 합니다.'
 * ```
 */
export const esignonKoreanIssues: Readonly<Record<string, string>> = Object.freeze({
  'An eSignon workflow id is 1 to 64 letters, digits, "-" or "_".':
    '이싸인온 문서 ID는 영문, 숫자, -, _ 로 1~64자입니다.',
  'An eSignon template id is 1 to 64 letters, digits, "-" or "_".':
    '이싸인온 서식 ID는 영문, 숫자, -, _ 로 1~64자입니다.',
  'A title may not contain \' " \\ / : | < > . or ?.': '문서 제목에는 \' " \\ / : | < > . ? 를 쓸 수 없습니다.',
  'Must be an e-mail address or a Korean mobile number (010-1234-5678).':
    '이메일 주소나 휴대폰 번호를 입력하세요 (예: name@example.com, 010-1234-5678).',
  'Must be a Korean mobile number (010-1234-5678).': '휴대폰 번호를 입력하세요 (예: 010-1234-5678).',
  'A document password may not contain Korean letters or quotes.': '문서 비밀번호에는 한글과 따옴표를 쓸 수 없습니다.',
  'A password hint needs a password.': '비밀번호 힌트는 비밀번호와 함께 넣으세요.',
  'Pass at least one signer.': '서명자를 한 명 이상 넣으세요.',
  'Each field may be given once.': '같은 항목을 두 번 넣을 수 없습니다.',
  'The expiry date must not be in the past.': '만료일은 오늘이거나 그 뒤여야 합니다.',
});

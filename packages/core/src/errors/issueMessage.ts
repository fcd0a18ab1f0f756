import { esignonKoreanIssues } from '../esignon/issueTexts.js';
import type { ErrorTexts } from './clientErrorTexts.js';
import type { ValidationIssue } from './EsignKitError.js';
import type { Locale } from './locale.js';

/** What {@link issueMessage} reads: the issue's code and limits (`message` is its English, when known). */
export type IssueDescription = Omit<ValidationIssue, 'path' | 'message' | 'texts'> & { readonly message?: string };

/**
 * Korean for the sentences the built-in schemas set on their own checks (English is theirs). An
 * issue whose English is not listed is worded from its `code` instead.
 */
const koreanOf: Readonly<Record<string, string>> = {
  // eSignon's own checks (its operations are validated by the same proxy).
  ...esignonKoreanIssues,
  'Must not be empty.': '값을 입력하세요.',
  'Must be a valid e-mail address.': '올바른 이메일 주소를 입력하세요 (예: name@example.com).',
  'Must be an http(s) URL.': 'http 또는 https로 시작하는 주소를 입력하세요.',
  'Must be a positive integer.': '1 이상의 정수를 입력하세요.',
  'Pass exactly one of `uuid` or `customKey`.': 'uuid와 customKey 중 하나만 넣으세요.',
  'Pass exactly one of `participantUuid` or `facilitatorUuid`.':
    'participantUuid와 facilitatorUuid 중 하나만 넣으세요.',
  'Pass `email` or `phone` (one of them is required).': '이메일이나 전화번호 중 하나는 넣어야 합니다.',
  'Pass the input `id` or `slug`.': '입력 항목의 id나 slug를 넣으세요.',
  'Pass the customer `id` or `customKey`.': '고객의 id나 customKey를 넣으세요.',
  'Pass at least one participant.': '참여자를 한 명 이상 넣으세요.',
  'Pass at least one value, or leave the field out.': '값을 하나 이상 넣거나 항목을 빼세요.',
  'Pass `profile`, `configuration` or both.': 'profile이나 configuration 중 하나 이상을 넣으세요.',
  'Only `true` is accepted; leave the filter out otherwise.': 'true만 쓸 수 있습니다. 아니면 필터를 빼세요.',
  'Must be a valid e-mail address when sendType is EMAIL.': 'sendType이 EMAIL이면 올바른 이메일 주소를 넣으세요.',
  'Must be a Korean mobile number written with hyphens (010-1234-5678) when sendType is PHONE.':
    'sendType이 PHONE이면 하이픈을 넣은 휴대폰 번호를 넣으세요 (예: 010-1234-5678).',
  'Must be an extra authentication of type MOBILE_IDENTIFICATION or CODE.':
    '추가 인증은 MOBILE_IDENTIFICATION이나 CODE 중 하나여야 합니다.',
  'Must be a template id (a positive integer) or slug (a non-empty string).':
    '템플릿 id(1 이상의 정수)나 slug(빈 값이 아닌 문자열)를 넣으세요.',
  'A template slug must not be empty.': '템플릿 slug를 입력하세요.',
  'A template id must be a positive integer.': '템플릿 id는 1 이상의 정수여야 합니다.',
  'A customer customKey is 1 to 40 letters, digits, "-" or "_".': '고객 customKey는 영문, 숫자, -, _ 로 1~40자입니다.',
  'A customer title is at most 40 characters.': '고객 이름은 40자 이하로 입력하세요.',
  'A registration number is 10 digits (foreign companies up to 15), hyphens allowed: 123-12-12345.':
    '사업자등록번호는 숫자 10자리(해외 법인은 15자리까지)이며 하이픈을 쓸 수 있습니다 (예: 123-12-12345).',
  'A password needs at least 8 characters, with both letters and digits.':
    '비밀번호는 영문과 숫자를 섞어 8자 이상이어야 합니다.',
  'An input name must be non-empty, without commas.': '입력 항목 이름은 쉼표 없이 입력하세요.',
  // The request decoder's (`decodeRequest`).
  'The JSON body must be an object.': 'JSON 본문은 객체여야 합니다.',
  'Query parameters are not accepted here; send the field in the JSON body.':
    '여기서는 쿼리 매개변수를 받지 않습니다. 항목을 JSON 본문에 넣으세요.',
  'Given more than once.': '두 번 이상 주어졌습니다.',
  'Belongs in the path only.': '경로에만 넣을 수 있는 항목입니다.',
};

const koreanFormat: Readonly<Record<string, string>> = {
  email: '올바른 이메일 주소를 입력하세요 (예: name@example.com).',
  phone: '하이픈을 넣은 전화번호를 입력하세요 (예: 010-1234-5678).',
  uuid: '올바른 uuid가 아닙니다 (예: ed976505-bcbd-47bd-913d-f4cde05dea7a).',
  url: '올바른 주소(URL)를 입력하세요.',
  datetime: 'ISO 날짜·시간 형식으로 입력하세요 (예: 2025-07-05T00:00:00.000Z).',
  date: '올바른 날짜를 입력하세요.',
};

/**
 * An issue as a sentence (without its path) in Korean or English, from its `code` and limits:
 * what a form shows next to the field. English keeps the validator's own `message` when there is
 * one, so older wording stays as it was.
 *
 * @example
 * ```ts
 * issueMessage({ code: 'too_long', maximum: 40 }, 'ko') // '40자 이하로 입력하세요.'
 * issueMessage({ code: 'too_long', maximum: 40 }, 'en') // 'Must be at most 40 character(s).'
 * ```
 */
export function issueMessage(issue: IssueDescription, locale: Locale): string {
  if (locale === 'en') return issue.message || english(issue);
  return (issue.message && koreanOf[issue.message]) || korean(issue);
}

/** The issues with their `texts` (Korean and English) filled in, for the ones that have a `code`. */
export function withIssueTexts(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) =>
    issue.code && !issue.texts ? { ...issue, texts: issueTexts(issue) satisfies ErrorTexts } : issue,
  );
}

/** Both sentences of an issue. */
export function issueTexts(issue: IssueDescription): ErrorTexts {
  return { ko: issueMessage(issue, 'ko'), en: issueMessage(issue, 'en') };
}

function korean(issue: IssueDescription): string {
  const { maximum, minimum } = issue;
  switch (issue.code) {
    case 'required':
      return '값을 입력하세요.';
    case 'too_long':
      return `${maximum}자 이하로 입력하세요.`;
    case 'too_short':
      return `${minimum}자 이상 입력하세요.`;
    case 'too_big':
      return `${maximum} 이하여야 합니다.`;
    case 'too_small':
      return `${minimum} 이상이어야 합니다.`;
    case 'format':
      return koreanFormat[issue.format ?? ''] ?? '형식이 올바르지 않습니다.';
    case 'invalid_value':
      return `다음 중 하나여야 합니다: ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'invalid_type':
      return '값의 종류가 맞지 않습니다.';
    case 'unknown_field':
      return `받지 않는 항목입니다: ${(issue.keys ?? []).join(', ')}.`;
    default:
      return '값이 올바르지 않습니다.';
  }
}

function english(issue: IssueDescription): string {
  const { maximum, minimum } = issue;
  switch (issue.code) {
    case 'required':
      return 'Required.';
    case 'too_long':
      return `Must be at most ${maximum} character(s).`;
    case 'too_short':
      return `Must be at least ${minimum} character(s).`;
    case 'too_big':
      return `Must be at most ${maximum}.`;
    case 'too_small':
      return `Must be at least ${minimum}.`;
    case 'format':
      return issue.format === 'phone'
        ? 'Must be a phone number written with hyphens (010-1234-5678).'
        : `Must be a valid ${issue.format === 'datetime' ? 'ISO date-time' : (issue.format ?? 'value')}.`;
    case 'invalid_value':
      return `Must be one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'unknown_field':
      return `Unknown field(s): ${(issue.keys ?? []).join(', ')}.`;
    default:
      return 'Invalid value.';
  }
}

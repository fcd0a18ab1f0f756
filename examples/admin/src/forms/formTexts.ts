import type { Locale } from '@esign-kit/core';
import type { FieldProblem } from './fieldRules.js';

/** The forms' own sentences, in both languages (kept here, not in the shared message files). */
export const formTexts = {
  ko: {
    summary: (count: number) => `고칠 항목이 ${count}개 있습니다`,
    summaryHint: '항목을 누르면 그 칸으로 갑니다.',
    required: '값을 입력하세요.',
    check: '이 값을 확인하세요.',
    tooLong: (maximum: number) => `${maximum}자 이하로 입력하세요.`,
    email: '올바른 이메일 주소를 입력하세요 (예: name@example.com).',
    phone: '하이픈을 넣은 휴대폰 번호를 입력하세요 (예: 010-1234-5678).',
    customerKey: '영문, 숫자, -, _ 만 쓸 수 있습니다.',
    pastDate: '오늘이나 그 이후 날짜를 고르세요.',
    limit: (maximum: number) => `${maximum}자까지`,
    removed: (title: string) => `${title} 고객을 삭제했습니다.`,
  },
  en: {
    summary: (count: number) => `${count} field${count === 1 ? '' : 's'} to fix`,
    summaryHint: 'Choose one to go to its field.',
    required: 'Fill this in.',
    check: 'Check this value.',
    tooLong: (maximum: number) => `Use at most ${maximum} characters.`,
    email: 'Enter an e-mail address such as name@example.com.',
    phone: 'Enter a mobile number with hyphens, such as 010-1234-5678.',
    customerKey: 'Use only letters, digits, "-" and "_".',
    pastDate: 'Pick today or a later date.',
    limit: (maximum: number) => `up to ${maximum} characters`,
    removed: (title: string) => `Deleted the customer ${title}.`,
  },
} as const;

/** A field's problem as a sentence in the user's language. */
export function problemText(problem: FieldProblem, locale: Locale): string {
  const t = formTexts[locale];
  switch (problem.kind) {
    case 'required':
      return t.required;
    case 'too_long':
      return t.tooLong(problem.maximum);
    case 'format':
      return t[problem.format];
    case 'past_date':
      return t.pastDate;
    case 'server':
      return problem.texts[locale];
  }
}

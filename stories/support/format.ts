import type { Locale } from '@esign-kit/core';
import { useEsignClient } from '@esign-kit/react';

/** How the demos name the API's enum values, per locale (unknown values are shown as sent). */
const statusNames = {
  contract: {
    ko: { CREATED: '진행 중', CONCLUDED: '체결됨', DELETED: '삭제됨' },
    en: { CREATED: 'In progress', CONCLUDED: 'Concluded', DELETED: 'Deleted' },
  },
  signature: {
    ko: { CREATED: '요청 전', WAITING: '서명 대기', DONE: '서명 완료', CANCELED: '취소됨' },
    en: { CREATED: 'Not sent', WAITING: 'Awaiting signatures', DONE: 'Signed', CANCELED: 'Canceled' },
  },
  participant: {
    ko: { CREATED: '차례 전', WAITING: '서명 차례', DONE: '서명함', REJECTED: '거절함' },
    en: { CREATED: 'Not their turn', WAITING: 'Their turn', DONE: 'Signed', REJECTED: 'Declined' },
  },
  objectType: {
    ko: { TEXT: '글자', SIGNATURE: '서명', CHECKBOX: '체크박스' },
    en: { TEXT: 'Text', SIGNATURE: 'Signature', CHECKBOX: 'Checkbox' },
  },
  creditCase: {
    ko: { SIGNATURE_IDENTIFICATION: '본인 인증 서명', TAX_BILL: '세금계산서' },
    en: { SIGNATURE_IDENTIFICATION: 'Signature with ID check', TAX_BILL: 'Tax invoice' },
  },
} satisfies Record<string, Record<Locale, Record<string, string>>>;

/** Which family of values a name is for. */
export type StatusKind = keyof typeof statusNames;

/** Values formatted for the reader: status names, dates and counts in the client's language. */
export interface DemoFormat {
  readonly locale: Locale;
  status(kind: StatusKind, value: string | null | undefined): string;
  /** A date (and time when `withTime`), e.g. `2025. 3. 4.` / `Mar 4, 2025`; `–` when missing. */
  date(iso: string | null | undefined, withTime?: boolean): string;
  /** A count, grouped (`1,234`). */
  count(value: number): string;
  /** The demo's own words in the reader's language: `say('저장', 'Save')`. */
  say(ko: string, en: string): string;
}

const tags: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };

/** The demos' formatting, in the language of the story's client (the toolbar's locale). */
export function formatFor(locale: Locale): DemoFormat {
  const tag = tags[locale];
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'Asia/Seoul' });
  const dateTimes = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' });
  const counts = new Intl.NumberFormat(tag);
  return {
    locale,
    status: (kind, value) => {
      if (!value) return locale === 'ko' ? '없음' : 'None';
      return (statusNames[kind][locale] as Record<string, string>)[value] ?? value;
    },
    date: (iso, withTime = false) => {
      const parsed = iso ? new Date(iso) : undefined;
      if (!parsed || Number.isNaN(parsed.getTime())) return '–';
      return (withTime ? dateTimes : dates).format(parsed);
    },
    count: (value) => counts.format(value),
    say: (ko, en) => (locale === 'ko' ? ko : en),
  };
}

/** {@link formatFor} the locale of the provider's client. */
export function useDemoFormat(): DemoFormat {
  return formatFor(useEsignClient().locale);
}

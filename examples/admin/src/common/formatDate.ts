import type { Locale } from '@esign-kit/core';

/** The BCP 47 tag of the UI's language: dates and times follow the UI, not the browser's settings. */
export function localeTag(locale: Locale): 'ko-KR' | 'en-US' {
  return locale === 'ko' ? 'ko-KR' : 'en-US';
}

// English names the month ("Dec 6, 2026": 06/12 and 12/06 read differently around the world);
// Korean writes it in its usual compact order ("2026. 12. 6.").
const dateOptions: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: { year: 'numeric', month: 'short', day: 'numeric' },
  ko: { year: 'numeric', month: 'numeric', day: 'numeric' },
};
const timeOptions: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, kind: 'date' | 'time', date: Date): string {
  const key = `${locale}:${kind}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeTag(locale), kind === 'date' ? dateOptions[locale] : timeOptions);
    formats.set(key, formatter);
  }
  // No-break spaces: a date or a time never wraps inside itself ("2026. 12. / 6.").
  return formatter.format(date).replace(/ /g, '\u00a0');
}

function parse(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date (or date and time) from Prix in the UI's language, e.g. `Dec 6, 2026, 12:27 PM` or
 * `2026. 12. 6. 오후 12:27`; `—` when there is none, the value itself when it is not a date.
 */
export function formatDate(value: string | null | undefined, locale: Locale, withTime = false): string {
  const date = parse(value);
  if (!date) return value || '—';
  const day = format(locale, 'date', date);
  if (!withTime) return day;
  return `${day}${locale === 'en' ? ',' : ''} ${format(locale, 'time', date)}`;
}

/** A time of day in the UI's language, e.g. `12:27 PM` or `오후 12:27`; `—` when there is none. */
export function formatTime(value: string | number | Date | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return format(locale, 'time', date);
}

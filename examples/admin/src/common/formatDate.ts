import type { Locale } from '@esign-kit/core';

/** A date (or date-time) from Prix, in the user's language; `—` when there is none. */
export function formatDate(value: string | null | undefined, locale: Locale, withTime = false): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const tag = locale === 'ko' ? 'ko-KR' : 'en-GB';
  return withTime ? date.toLocaleString(tag) : date.toLocaleDateString(tag);
}

import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, localeTag } from './formatDate.js';

// A moment whose local hour is the afternoon in any time zone from UTC-11 to UTC+11.
const moment = new Date(2026, 11, 6, 15, 7).toISOString();

describe('formatDate', () => {
  it('writes dates and times in the UI language, whatever the browser speaks', () => {
    expect(localeTag('en')).toBe('en-US');
    expect(localeTag('ko')).toBe('ko-KR');
    expect(formatDate(moment, 'en')).toBe('Dec\u00a06,\u00a02026');
    expect(formatDate(moment, 'ko')).toBe('2026.\u00a012.\u00a06.');
    expect(formatDate(moment, 'en', true)).toMatch(/^Dec\u00a06,\u00a02026, 3:07\s?PM$/u);
    expect(formatTime(moment, 'en')).toMatch(/^3:07\sPM$/u);
    // How ICU names the afternoon in Korean depends on its CLDR version (오후 or PM).
    expect(formatDate(moment, 'ko', true)).toMatch(/^2026\.\u00a012\.\u00a06\. (오후|PM)\u00a03:07$/u);
    expect(formatTime(moment, 'ko')).toMatch(/^(오후|PM)\u00a03:07$/u);
  });

  it('shows a dash for nothing and an unreadable value as it came', () => {
    expect(formatDate(null, 'en')).toBe('—');
    expect(formatDate('', 'ko')).toBe('—');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatTime(undefined, 'ko')).toBe('—');
  });
});

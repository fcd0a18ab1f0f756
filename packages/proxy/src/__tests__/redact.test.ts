import { describe, expect, it } from 'vitest';
import { redact } from '../redact.js';

describe('redact', () => {
  it.each([
    ['key sk_live_abc in text', 'key [redacted] in text'],
    ['mail kim.minji+hr@example.co.kr now', 'mail [email] now'],
    ['call 010-1234-5678 or 01098765432', 'call [phone] or [phone]'],
    ['intl +82 10 1234 5678', 'intl [phone]'],
    ['office 02-123-4567', 'office [phone]'],
  ])('%s', (input, expected) => {
    expect(redact(input, ['sk_live_abc'])).toBe(expected);
  });

  it('leaves uuids, dates and counts alone', () => {
    const text = 'signature 57139f5c-37d0-4c30-bdb6-ef6106040756 on 2024-07-05, 12 of 100';
    expect(redact(text, [])).toBe(text);
  });
});

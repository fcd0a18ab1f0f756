import { describe, expect, it } from 'vitest';
import { esignonInstant } from './esignonTime.js';

describe('esignonInstant', () => {
  it("reads eSignon's zoneless wall time as Korean time", () => {
    expect(new Date(esignonInstant('2026-12-06 23:57:44') ?? '').toISOString()).toBe('2026-12-06T14:57:44.000Z');
    expect(new Date(esignonInstant('2020-01-31 04:23:28.0') ?? '').toISOString()).toBe('2020-01-30T19:23:28.000Z');
  });

  it('keeps an instant that has a zone, and anything it cannot read, as it came', () => {
    expect(esignonInstant('2026-12-06T14:57:49.200Z')).toBe('2026-12-06T14:57:49.200Z');
    expect(esignonInstant('어제')).toBe('어제');
    expect(esignonInstant(undefined)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { monthBefore, monthlyUsage } from './monthlyUsage.js';

describe('monthlyUsage', () => {
  it('counts uses per month, with the empty months between, up to the current month', () => {
    const usages = [
      { createdAt: '2025-01-06T01:35:00.000Z' },
      { createdAt: '2025-01-20T10:00:00.000Z' },
      { createdAt: '2025-03-02T00:00:00.000Z' },
    ];
    expect(monthlyUsage(usages, monthBefore('2025-05-01T00:00:00.000Z'))).toEqual([
      { month: '2025-01', count: 2 },
      { month: '2025-02', count: 0 },
      { month: '2025-03', count: 1 },
      { month: '2025-04', count: 0 },
    ]);
  });

  it('keeps the latest months when the history is longer than the chart', () => {
    const months = monthlyUsage(
      [{ createdAt: '2020-01-01T00:00:00.000Z' }],
      monthBefore('2026-01-01T00:00:00.000Z'),
      3,
    );
    expect(months.map((month) => month.month)).toEqual(['2025-10', '2025-11', '2025-12']);
  });

  it('ends at the latest use without a renewal date, and is empty without uses or dates', () => {
    expect(monthlyUsage([{ createdAt: '2025-02-03T00:00:00.000Z' }], monthBefore(undefined))).toEqual([
      { month: '2025-02', count: 1 },
    ]);
    expect(monthlyUsage([], undefined)).toEqual([]);
    expect(monthBefore('not a date')).toBeUndefined();
  });
});

/** Credits used in one calendar month (UTC), for the chart and its table. */
export interface MonthUsage {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly count: number;
}

const monthKey = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;

/**
 * The uses counted per month, every month from the first use (at most `maxMonths` back) to
 * `lastMonth`, empty months included so the chart's spacing is time. `lastMonth` is the month
 * before the renewal date when there is one (the business's current month by Prix's clock),
 * else the month of the latest use. Months are UTC so every browser draws the same chart.
 */
export function monthlyUsage(
  usages: readonly { readonly createdAt: string }[],
  lastMonth: Date | undefined,
  maxMonths = 36,
): MonthUsage[] {
  const dates = usages.map((usage) => new Date(usage.createdAt)).filter((date) => !Number.isNaN(date.getTime()));
  const times = dates.map((date) => date.getTime());
  const end = lastMonth ?? (times.length ? new Date(Math.max(...times)) : undefined);
  if (!end) return [];
  const earliest = new Date(Math.min(end.getTime(), ...times));
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(monthKey(date), (counts.get(monthKey(date)) ?? 0) + 1);
  const months: MonthUsage[] = [];
  const cursor = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1));
  const first = new Date(Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth(), 1));
  while (cursor >= first && months.length < maxMonths) {
    const key = monthKey(cursor);
    months.unshift({ month: key, count: counts.get(key) ?? 0 });
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return months;
}

/** The month before a renewal date (`2026-01-01` → December 2025), or `undefined`. */
export function monthBefore(renewalDate: string | null | undefined): Date | undefined {
  if (!renewalDate) return undefined;
  const date = new Date(renewalDate);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1));
}

/** Korea's offset, eSignon's default (`offset=+09:00`). */
export const kstOffsetMinutes = 9 * 60;

/** `YYYY-MM-DD HH:mm:ss` of an instant seen at an offset from UTC, in minutes. */
export function formatAt(instant: Date | string, offsetMinutes = kstOffsetMinutes): string {
  const shifted = new Date(new Date(instant).getTime() + offsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 19).replace('T', ' ');
}

/** `YYYY-MM-DD HH:mm:ss.S` in UTC: a callback's `workdatetime` (the newest KO docs say UTC). */
export function formatWorkDateTime(instant: Date | string): string {
  return new Date(instant).toISOString().slice(0, 21).replace('T', ' ');
}

/** Today's date (`YYYY-MM-DD`) in Korea. */
export function kstDate(instant: Date): string {
  return formatAt(instant).slice(0, 10);
}

/** Reads `±hh:mm` (the v2 read's `offset`), in minutes; `undefined` when malformed. */
export function parseOffset(value: string): number | undefined {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Whether `YYYY-MM-DD` names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

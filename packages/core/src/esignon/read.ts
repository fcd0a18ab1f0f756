// @module Small readers for eSignon's loosely typed JSON (numbers and strings interchangeable).

/** A value as text: strings trimmed (empty → absent), finite numbers and booleans written out. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A whole number written as a number or as text (`"3"`); absent otherwise. */
export function integer(value: unknown): number | undefined {
  const written = text(value);
  return written !== undefined && /^-?\d+$/.test(written) ? Number(written) : undefined;
}

/** Whether the value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `body` of a `{ header, body }` answer, or the value itself when it has no envelope. */
export function unwrapBody(value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  return isRecord(value.header) && 'body' in value ? (isRecord(value.body) ? value.body : undefined) : value;
}

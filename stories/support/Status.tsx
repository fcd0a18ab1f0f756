import type { StatusKind } from './format.js';
import { useDemoFormat } from './format.js';

/** A status as its reader names it (`서명 대기`), the API's value kept in `data-demo-status`. */
export function Status({ kind, value }: { kind: StatusKind; value: string | null | undefined }) {
  const format = useDemoFormat();
  return <span data-demo-status={value ?? 'NONE'}>{format.status(kind, value)}</span>;
}

import type { AnyOperation } from '@esign-kit/core/server';
import { exactMatch } from './exactMatch.js';

/** What {@link readUpstreamData} made of Prix's `data`. */
export interface UpstreamData {
  /** The documented fields of `data`: the schema's output when it matched, else what could be read. */
  readonly value: unknown;
  /**
   * Where `data` differs from the schema, as paths with array indexes written `*`
   * (`signature.participants.*.phone`), sorted and without repeats. Empty when it matched.
   * Paths only: never a value, which may hold personal data.
   */
  readonly drift: readonly string[];
}

/** The parts of a zod (mini) schema this reader walks; anything else is read as a leaf. */
interface Schema {
  readonly _zod: { readonly def: SchemaDef };
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly Issue[] } };
}
type SchemaDef =
  | { readonly type: 'optional' | 'nullable'; readonly innerType: Schema }
  | { readonly type: 'object'; readonly shape: Readonly<Record<string, Schema>> }
  | { readonly type: 'array'; readonly element: Schema }
  | { readonly type: 'union'; readonly options: readonly Schema[] }
  | { readonly type: 'other' };
interface Issue {
  readonly path: readonly PropertyKey[];
}

/**
 * Reads an upstream `data` the tolerant way: when it matches the operation's schema, the parsed
 * value (unknown fields dropped); when it does not, Prix has still done what was asked, so the
 * answer is what can be read rather than a failure. Walking the schema beside the value, it keeps
 * every documented field whose value parses, drops unknown fields at every depth, reads `null`
 * on an optional field as absent, drops a failing optional field, and keeps a failing required
 * field only when it is a plain JSON value (so no undocumented structure gets through).
 *
 * @example
 * ```ts
 * const read = readUpstreamData(findContract, envelope.data)
 * if (read.drift.length) onError({ errorCode: 'ESIGN_KIT_UPSTREAM_DRIFT', … })
 * return json({ ok: true, data: read.value })
 * ```
 */
export function readUpstreamData(operation: Pick<AnyOperation, 'data'>, data: unknown): UpstreamData {
  // Most answers match their schema exactly: zod's output would then be `data` itself, so
  // neither zod's run nor its copy is needed.
  if (exactMatch(operation.data, data) === 'exact') return { value: data, drift: [] };
  const schema = operation.data as unknown as Schema;
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, drift: [] };
  const drift = new Set(result.error.issues.map((issue) => driftPath(issue.path)));
  return { value: read(schema, data, false), drift: [...drift].sort() };
}

/** `['signature', 'participants', 0, 'phone']` → `signature.participants.*.phone`; the root is `(data)`. */
function driftPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(data)';
  return path.map((key) => (typeof key === 'number' ? '*' : String(key))).join('.');
}

function read(schema: Schema, value: unknown, mayBeAbsent: boolean): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
      return value === null ? undefined : read(def.innerType, value, true);
    case 'nullable':
      return read(def.innerType, value, mayBeAbsent);
    case 'object':
      if (isRecord(value)) return readObject(def.shape, value);
      break;
    case 'array':
      if (Array.isArray(value)) return value.map((item) => read(def.element, item, false));
      break;
    case 'union': {
      // Follow the option of the same kind as the value (an object for an object…).
      const option = def.options.find((candidate) => kindOf(candidate) === kindOfValue(value));
      if (option) return read(option, value, mayBeAbsent);
      break;
    }
  }
  if (mayBeAbsent) return undefined;
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) ? value : undefined;
}

function readObject(shape: Readonly<Record<string, Schema>>, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const fieldValue = read(field, value[key], false);
    if (fieldValue !== undefined) out[key] = fieldValue;
  }
  return out;
}

function kindOf(schema: Schema): string {
  const def = schema._zod.def;
  if (def.type === 'optional' || def.type === 'nullable') return kindOf(def.innerType);
  return def.type === 'object' || def.type === 'array' ? def.type : 'other';
}

function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return isRecord(value) ? 'object' : 'other';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drift already told to `onError`, per proxy: each operation and set of paths is told once. */
const toldDrift = new WeakMap<object, Set<string>>();
/** More distinct drifts than this per proxy are not remembered (nor told): memory stays bounded. */
const maxToldDrift = 1000;

/**
 * `true` the first time this proxy (`owner`, its resolved options) sees this drift of this
 * operation, so a changed Prix answer is logged once, not on every request.
 */
export function isNewDrift(owner: object, operationId: string, paths: string): boolean {
  const told = toldDrift.get(owner) ?? new Set<string>();
  toldDrift.set(owner, told);
  const key = `${operationId} ${paths}`;
  if (told.has(key) || told.size >= maxToldDrift) return false;
  told.add(key);
  return true;
}

/** The drift paths as a header value: printable ASCII only, at most 1,000 characters. */
export function driftHeaderValue(paths: string): string {
  const text = paths.replace(/[^\x20-\x7e]/g, '?');
  return text.length > 1000 ? `${text.slice(0, 997)}...` : text;
}

import type { Random } from './random.js';

/** The parts of a zod (mini) schema the variance walks; anything else is left as it is. */
interface Schema {
  readonly _zod: { readonly def: SchemaDef };
}
type SchemaDef =
  | { readonly type: 'optional' | 'nullable'; readonly innerType: Schema }
  | { readonly type: 'object'; readonly shape: Readonly<Record<string, Schema>> }
  | { readonly type: 'array'; readonly element: Schema }
  | { readonly type: 'union'; readonly options: readonly Schema[] }
  | { readonly type: 'enum'; readonly entries: Readonly<Record<string, string>> }
  | { readonly type: 'string' | 'other' };

export interface VaryOptions {
  readonly random: Random;
  /** How likely each place that may vary does vary, 0 to 1. */
  readonly rate: number;
  /** Also break the schema (null or no value where one is required), as an answer that drifted would. */
  readonly undocumented: boolean;
}

/**
 * A variant of a schema-valid answer in the shapes a real vendor may use, walking the schema
 * beside the value: a field that may be absent or `null` flips between the two, an open enum
 * (documented values plus any string) takes a value nobody documented, and objects gain fields
 * the schema does not know. With `undocumented`, required fields may also turn `null` or vanish.
 */
export function varyData(schema: Schema, value: unknown, options: VaryOptions): unknown {
  const def = schema._zod.def;
  const chance = () => options.random() < options.rate;
  switch (def.type) {
    case 'optional': {
      const inner = def.innerType._zod.def;
      if (inner.type === 'nullable') {
        if (value === null) return chance() ? undefined : null;
        if (value === undefined) return chance() ? null : undefined;
        return varyData(inner.innerType, value, options);
      }
      return value === undefined ? undefined : varyData(def.innerType, value, options);
    }
    case 'nullable':
      return value === null ? null : varyData(def.innerType, value, options);
    case 'object':
      return isRecord(value) ? varyObject(def.shape, value, options) : value;
    case 'array':
      return Array.isArray(value) ? value.map((item) => varyData(def.element, item, options)) : value;
    case 'union': {
      const enumOption = def.options.find((option) => option._zod.def.type === 'enum');
      const openEnum = enumOption && def.options.some((option) => option._zod.def.type === 'string');
      if (openEnum && typeof value === 'string')
        return chance() ? `UNDOCUMENTED_${Math.floor(options.random() * 100)}` : value;
      const option = def.options.find((candidate) => kindOf(candidate) === kindOfValue(value));
      return option ? varyData(option, value, options) : value;
    }
    default:
      return value;
  }
}

function varyObject(shape: Readonly<Record<string, Schema>>, value: Record<string, unknown>, options: VaryOptions) {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const schema = shape[key];
    if (!schema) {
      out[key] = field;
      continue;
    }
    if (options.undocumented && schema._zod.def.type !== 'optional' && options.random() < options.rate / 4) {
      if (options.random() < 0.5) out[key] = null; // else the field is left out
      continue;
    }
    const varied = varyData(schema, field, options);
    if (varied !== undefined) out[key] = varied;
  }
  // Optional fields the handler left out may come back as null.
  for (const [key, schema] of Object.entries(shape)) {
    if (key in value) continue;
    const varied = varyData(schema, undefined, options);
    if (varied !== undefined) out[key] = varied;
  }
  if (options.random() < options.rate)
    out[`vendorField${Math.floor(options.random() * 1000)}`] = extraValue(options.random);
  return out;
}

/** A value for a field the schema does not know: a string, a number, a flag, null or a small object. */
function extraValue(random: Random): unknown {
  const pick = Math.floor(random() * 5);
  if (pick === 0) return 'vendor value';
  if (pick === 1) return Math.floor(random() * 100);
  if (pick === 2) return random() < 0.5;
  if (pick === 3) return null;
  return { nested: 'vendor value' };
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

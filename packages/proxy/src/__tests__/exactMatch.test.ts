import {
  builtInOperations,
  findContractDataSchema,
  isoDateTimeSchema,
  participantSchema,
  uuidSchema,
} from '@esign-kit/core/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactMatch } from '../exactMatch.js';

/** The part of a zod schema the comparison calls. */
interface ZodSchema {
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

// `exactMatch` lets the proxy skip zod for an answer that matches its schema, so it must never
// say `exact` where zod's output differs, nor `fails` where zod accepts. Checked against zod
// itself on values drawn from every built-in schema, valid and broken.

interface Walkable {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: Walkable;
      readonly element?: Walkable;
      readonly shape?: Record<string, Walkable>;
      readonly options?: readonly Walkable[];
    };
    readonly values?: ReadonlySet<unknown>;
  };
}

/** A value shaped after `schema`, now and then of the wrong kind, with a field too many or too few. */
function draw(schema: Walkable, random: () => number, depth = 0): unknown {
  const { def, values } = schema._zod;
  const junk = [null, 'text', 7, true, {}, [], 1.5, -0];
  if (random() < 0.05 || depth > 6) return junk[Math.floor(random() * junk.length)];
  switch (def.type) {
    case 'string':
      return random() < 0.5 ? 'ed976505-bcbd-47bd-913d-f4cde05dea7a' : 'A컴퍼니 MOU';
    case 'number':
      return random() < 0.8 ? Math.floor(random() * 100) : 2.5;
    case 'boolean':
      return random() < 0.5;
    case 'enum':
    case 'literal': {
      const known = [...(values ?? [])];
      return random() < 0.85 && known.length ? known[Math.floor(random() * known.length)] : 'UNDOCUMENTED';
    }
    case 'optional':
      return random() < 0.25 ? undefined : draw(def.innerType as Walkable, random, depth + 1);
    case 'nullable':
      return random() < 0.25 ? null : draw(def.innerType as Walkable, random, depth + 1);
    case 'array':
      return Array.from({ length: Math.floor(random() * 3) }, () => draw(def.element as Walkable, random, depth + 1));
    case 'union': {
      const options = def.options ?? [];
      return draw(options[Math.floor(random() * options.length)] as Walkable, random, depth + 1);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        if (random() < 0.03) continue; // a field left out, optional or not
        const value = draw(field, random, depth + 1);
        if (value !== undefined) out[key] = value;
      }
      if (random() < 0.1) out.undocumented = 'x';
      return out;
    }
    default:
      return junk[Math.floor(random() * junk.length)];
  }
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Same keys (in any order) and same leaves: what the proxy's answer would then hold either way. */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function agreesWithZod(schema: ZodSchema, value: unknown): boolean {
  const match = exactMatch(schema, value);
  const parsed = schema.safeParse(value);
  if (match === 'exact') return parsed.success && sameJson(parsed.data, value);
  if (match === 'fails') return !parsed.success;
  return true;
}

describe('exactMatch', () => {
  it('tells exact, failing and unsure values apart', () => {
    const participant = { uuid: 'u', name: '홍길동', status: 'CREATED', send: 'EMAIL' };
    expect(exactMatch(participantSchema, participant)).toBe('exact');
    expect(exactMatch(participantSchema, { ...participant, phone: null, auth: 'PHONE' })).toBe('exact');
    expect(exactMatch(participantSchema, { ...participant, extra: 1 })).toBe('unsure'); // zod strips `extra`
    const { name: _left, ...nameless } = participant;
    expect(exactMatch(participantSchema, nameless)).toBe('unsure'); // a required field left out
    expect(exactMatch(participantSchema, { ...participant, send: 'FAX' })).toBe('fails');
    expect(exactMatch(participantSchema, [participant])).toBe('fails');
    expect(exactMatch(uuidSchema, 'not a uuid')).toBe('unsure'); // formats and checks are zod's
    expect(exactMatch(isoDateTimeSchema, '2024-07-05T00:00:00.000Z')).toBe('unsure');
  });

  it('follows union options in order, as zod does (an open enum takes any string)', () => {
    const contract = findContractDataSchema.shape.contract;
    const status = contract.shape.status;
    expect(exactMatch(status, 'CREATED')).toBe('exact');
    expect(exactMatch(status, 'UNDOCUMENTED')).toBe('exact');
    expect(exactMatch(status, 3)).toBe('fails');
    expect(exactMatch(contract.shape.id, 1)).toBe('exact');
    expect(exactMatch(contract.shape.id, '1')).toBe('exact');
  });

  it('leaves an own __proto__ key to zod', () => {
    const value = JSON.parse('{"uuid":"u","name":"n","status":"s","send":"EMAIL","__proto__":{"x":1}}');
    expect(exactMatch(participantSchema, value)).toBe('unsure');
  });

  it('never disagrees with zod on the data and input schemas of every built-in operation', () => {
    const schemas = builtInOperations.flatMap((operation) => [operation.data, operation.input]);
    let exact = 0;
    fc.assert(
      fc.property(fc.nat(schemas.length - 1), fc.integer(), (index, seed) => {
        const schema = schemas[index] as unknown as ZodSchema;
        const value = draw(schema as unknown as Walkable, mulberry32(seed));
        if (exactMatch(schema, value) === 'exact') exact++;
        return agreesWithZod(schema, value);
      }),
      { numRuns: 3000 },
    );
    // The draw must reach the fast path often, or the property would say little.
    expect(exact).toBeGreaterThan(300);
  });
});

/**
 * What a quick walk of a zod schema beside a value can tell without running zod:
 * - `exact`: zod accepts the value and its output is the same value (same keys, same leaves);
 * - `fails`: zod refuses it;
 * - `unsure`: anything else (unknown fields zod would strip, checks, defaults, transforms,
 *   a schema kind the walk does not know): only zod can say.
 */
export type ExactMatch = 'exact' | 'fails' | 'unsure';

/** The parts of a zod (mini) schema the walk reads. */
interface Schema {
  readonly _zod: {
    readonly def: Def;
    /** The accepted values of an enum or a literal. */
    readonly values?: ReadonlySet<unknown>;
    readonly optin?: 'optional';
    readonly optout?: 'optional';
  };
}
interface Def {
  readonly type: string;
  readonly checks?: readonly unknown[];
  readonly coerce?: boolean;
  readonly format?: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly inclusive?: boolean;
}

type Matcher = (value: unknown) => ExactMatch;

/** One matcher per schema, built on first use: zod's schemas are many classes, so reading their defs on every answer is slow. */
const matchers = new WeakMap<object, Matcher>();

/**
 * Whether `value` (parsed JSON) matches `schema` so exactly that zod's output would be the value
 * itself, so an answer that matches its schema (the usual case) needs no zod run and no copy.
 * Anything in doubt is `unsure` and goes to zod: `exact` is only ever said when zod would
 * accept the value and give back the same keys and values.
 *
 * @example
 * ```ts
 * exactMatch(z.object({ id: z.string() }), { id: 'a' })        // 'exact'
 * exactMatch(z.object({ id: z.string() }), { id: 'a', x: 1 })  // 'unsure' (zod drops x)
 * exactMatch(z.object({ id: z.string() }), { id: 1 })          // 'fails'
 * ```
 */
export function exactMatch(schema: unknown, value: unknown): ExactMatch {
  return matcherOf(schema as Schema)(value);
}

function matcherOf(schema: Schema): Matcher {
  let matcher = matchers.get(schema);
  if (!matcher) {
    // Set before it is built, so a schema that contains itself finds it: the lookup is lazy.
    matchers.set(schema, (value) => (matcher as Matcher)(value));
    matcher = build(schema);
    matchers.set(schema, matcher);
  }
  return matcher;
}

const unsure: Matcher = () => 'unsure';
const exact: Matcher = () => 'exact';
const when =
  (test: (value: unknown) => boolean): Matcher =>
  (value) =>
    test(value) ? 'exact' : 'fails';

function build(schema: Schema): Matcher {
  const { def, values } = schema._zod;
  if (def.checks?.length || def.coerce) return unsure;
  switch (def.type) {
    case 'string':
      return def.format === undefined ? when((value) => typeof value === 'string') : unsure;
    case 'number':
      return def.format === undefined ? when((value) => typeof value === 'number' && Number.isFinite(value)) : unsure;
    case 'boolean':
      return when((value) => typeof value === 'boolean');
    case 'null':
      return when((value) => value === null);
    case 'enum':
    case 'literal':
      return values ? when((value) => values.has(value)) : unsure;
    case 'unknown':
    case 'any':
      return exact;
    case 'optional':
    case 'nullable': {
      const inner = matcherOf(def.innerType as Schema);
      const empty = def.type === 'optional' ? undefined : null;
      return (value) => (value === empty ? 'exact' : inner(value));
    }
    case 'array': {
      const element = matcherOf(def.element as Schema);
      return (value) => (Array.isArray(value) ? everyExact(value, element) : 'fails');
    }
    case 'object':
      return objectMatcher(def.shape ?? {});
    case 'union':
      if (def.discriminator !== undefined || def.inclusive === false) return unsure;
      return unionMatcher((def.options ?? []).map(matcherOf));
    default:
      return unsure;
  }
}

function everyExact(items: readonly unknown[], element: Matcher): ExactMatch {
  let result: ExactMatch = 'exact';
  for (const item of items) {
    const match = element(item);
    if (match === 'fails') return 'fails';
    if (match === 'unsure') result = 'unsure';
  }
  return result;
}

function objectMatcher(shape: Readonly<Record<string, Schema>>): Matcher {
  const fields = Object.keys(shape).map((key) => {
    const field = shape[key] as Schema;
    // Left out, only a field that is optional both ways stays left out in zod's output.
    const mayBeLeftOut = field._zod.optin === 'optional' && field._zod.optout === 'optional';
    return { key, match: matcherOf(field), mayBeLeftOut };
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'fails';
    if (!isJsonObject(value)) return 'unsure';
    let present = 0;
    for (const { key, match, mayBeLeftOut } of fields) {
      // `in`, as zod reads a key (an inherited one counts, and is then no JSON field: unsure below).
      if (!(key in value)) {
        if (!mayBeLeftOut) return 'unsure';
        continue;
      }
      present++;
      const result = match(value[key]);
      if (result !== 'exact') return result;
    }
    // A field the shape does not name (zod strips it, or refuses it) leaves the output different.
    return Object.keys(value).length === present ? 'exact' : 'unsure';
  };
}

/** zod answers with the first option that accepts the value, so the options are tried in order. */
function unionMatcher(options: readonly Matcher[]): Matcher {
  return (value) => {
    for (const option of options) {
      const match = option(value);
      if (match !== 'fails') return match;
    }
    return 'fails';
  };
}

/** An object as JSON.parse builds it; an own `__proto__` key (which zod treats apart) is left to zod. */
function isJsonObject(value: object): value is Record<string, unknown> {
  return Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, '__proto__');
}

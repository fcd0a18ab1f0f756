import { type AnyOperation, hasBody } from '@esign-kit/core/server';
import fc from 'fast-check';
import type { RawRequest } from './rawHttp.js';

// fast-check arbitraries for requests a browser (or an attacker) could send to one operation:
// valid examples with a few fields broken, and junk that only looks like the operation's route.

/** Strings that have broken parsers, routers and validators before. */
const trickyStrings = [
  '',
  ' ',
  '.',
  '..',
  '../..',
  '/',
  '\\',
  '%2F',
  '%2e%2e',
  '%',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  '1e309',
  'NaN',
  '9007199254740993',
  '\u0000',
  '\ud800',
  '𝕏😀한글',
  'a,b,,c',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  'https://evil.example/',
  'javascript:alert(1)',
  '{"ok":true,"data":{}}',
];
/** Keys worth trying in an object: prototype tricks, names of secrets, near-misses. */
const trickyKeys = ['__proto__', 'constructor', 'prototype', 'apiKey', 'x-api-key', '', ' ', 'toString', 'ok'];
/**
 * Path segments sent as they are: dot segments, encoded slashes and dots, broken escapes,
 * overlong UTF-8. Printable ASCII only, since Node refuses to send anything else.
 */
const rawSegments = ['.', '..', '%2e', '%2E%2E', '%2F', 'a%2fb', '%5C', '%', '%zz', '%C0%AE', '%00', '~', '%20', '*'];
const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/jsonx',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  '',
];
const methods = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'];

/** The kinds of value a JSON field can be given instead of the right one; `big` allows huge ones (bodies only). */
function junkValue(secret: string, big: boolean): fc.Arbitrary<unknown> {
  const nested = fc.nat({ max: 4000 }).map((depth) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
    return value;
  });
  return fc.oneof(
    fc.constantFrom(...trickyStrings, secret),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 3 }),
    nested,
    fc.constantFrom(...(big ? [1_000, 100_000, 300_000] : [1_000, 3_000])).map((length) => 'x'.repeat(length)),
  );
}

type Json = Record<string, unknown>;

/** Counterexamples print with long strings cut short (a 300 kB body would drown the report). */
function printable(raw: RawRequest): RawRequest {
  const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text);
  return Object.assign(raw, {
    [fc.toStringMethod]: () =>
      JSON.stringify({
        ...raw,
        path: cut(raw.path),
        body: typeof raw.body === 'string' ? cut(raw.body) : raw.body && `${raw.body.byteLength} bytes`,
      }),
  });
}

/**
 * `encodeURIComponent`, except that text with a lone surrogate goes out as invalid UTF-8
 * escapes (junk worth sending), and that the result is cut at 1,000 characters: Node's server
 * answers 431 by itself (before the proxy sees anything) past 16 KiB of request line and headers.
 */
function encodeText(text: string): string {
  return encodeWhole(text).slice(0, 1_000);
}
function encodeWhole(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text
      .split('')
      .map((unit) => {
        try {
          return encodeURIComponent(unit);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

/** Every path to a value inside `value` (objects and arrays, the root included), down to a depth worth mutating. */
function pathsOf(value: unknown, path: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  const inner =
    path.length < 12 && typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) =>
          pathsOf(child, [...path, Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : key]),
        )
      : [];
  return [path, ...inner];
}

interface Mutation {
  readonly at: number;
  readonly action: 'replace' | 'delete' | 'add';
  readonly key: string;
  readonly value: unknown;
}

/** A copy (as JSON: that is what goes on the wire), so later mutations never change fast-check's own values. */
function copy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value) ?? 'null');
}

/** Sets an own property, even `__proto__` (plain assignment would change the prototype instead). */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(example: Json, mutations: readonly Mutation[]): Json {
  const root = structuredClone(example);
  for (const mutation of mutations) {
    const paths = pathsOf(root);
    const path = paths[mutation.at % paths.length] ?? [];
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key], root) as Json;
    const last = path.at(-1);
    const target = last === undefined ? root : parent[last];
    if (mutation.action === 'add' && Array.isArray(target)) {
      target.push(copy(mutation.value)); // a named key on an array would not reach JSON anyway
    } else if (mutation.action === 'add' && typeof target === 'object' && target !== null) {
      define(target, mutation.key, copy(mutation.value));
    } else if (last !== undefined && mutation.action === 'delete') {
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete parent[last];
    } else if (last !== undefined) {
      define(parent, last, copy(mutation.value));
    }
  }
  return root;
}

/** A value as URL text: objects as JSON (`String` would call a junk `toString` key). */
function wireText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** Puts an input on the wire the way the client would, but for any value, of any type. */
function encode(operation: AnyOperation, input: Json): { path: string; query: string; body: string | undefined } {
  const fields: Json = { ...input };
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = fields[name];
    delete fields[name];
    if (value === undefined) return '';
    return encodeText(typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));
  });
  if (hasBody(operation.method)) return { path, query: '', body: JSON.stringify(fields) };
  const query = Object.entries(fields)
    .map(([key, value]) => {
      const text = Array.isArray(value) ? value.map(wireText).join(',') : wireText(value);
      return `${encodeText(key)}=${encodeText(text)}`;
    })
    .join('&');
  return { path, query, body: undefined };
}

/** Headers that vary: content type, an idempotency key (good or bad), a foreign origin now and then. */
function headers(): fc.Arbitrary<Record<string, string>> {
  return fc
    .record({
      contentType: fc.constantFrom(...contentTypes),
      idempotencyKey: fc.option(
        fc.oneof(fc.stringMatching(/^[\w.:-]{8,40}$/), fc.constantFrom('short', 'has space 123')),
        {
          nil: undefined,
        },
      ),
      foreign: fc.constantFrom<'origin' | 'sec-fetch-site' | undefined>(
        undefined,
        undefined,
        undefined,
        'origin',
        'sec-fetch-site',
      ),
    })
    .map(({ contentType, idempotencyKey, foreign }) => ({
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      ...(foreign === 'origin' ? { origin: 'https://evil.example' } : {}),
      ...(foreign === 'sec-fetch-site' ? { 'sec-fetch-site': 'cross-site' } : {}),
    }));
}

/** Extra query text: duplicates, empty pairs, broken escapes, bracket syntax. */
const queryJunk = fc.constantFrom(
  '',
  '',
  '&',
  '&&=',
  '=x',
  '%zz=1',
  'a[b]=c',
  'limit=1&limit=2',
  '__proto__=x',
  '%00=%00',
);

/**
 * One operation's example input with one to three fields replaced, removed or added (at any
 * depth), sent with random headers: mostly invalid, sometimes still valid, always well-formed HTTP.
 */
export function brokenExample(operation: AnyOperation, example: Json, basePath: string, secret: string) {
  const mutation = fc.record({
    at: fc.nat(),
    action: fc.constantFrom<Mutation['action']>('replace', 'replace', 'delete', 'add'),
    key: fc.oneof(fc.constantFrom(...trickyKeys, secret), fc.string({ maxLength: 12 })),
    value: junkValue(secret, hasBody(operation.method)),
  });
  return fc
    .record({
      mutations: fc.array(mutation, { minLength: 0, maxLength: 3 }),
      method: fc.oneof({ weight: 9, arbitrary: fc.constant(operation.method) }, fc.constantFrom(...methods)),
      headers: headers(),
      extraQuery: queryJunk,
    })
    .map(({ mutations, method, headers, extraQuery }): RawRequest => {
      const { path, query, body } = encode(operation, mutate(example, mutations));
      const search = [query, extraQuery].filter(Boolean).join('&');
      return printable({ method, path: `${basePath}/${path}${search ? `?${search}` : ''}`, headers, body });
    });
}

/** Junk on the operation's route: raw path segments, random query strings and random bodies. */
export function junkRequest(operation: AnyOperation, basePath: string, secret: string) {
  const segment = fc.oneof(fc.constantFrom(...rawSegments), fc.webSegment(), fc.constant(encodeURIComponent(secret)));
  const body = fc.oneof(
    fc.constant(undefined),
    fc.string({ maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }),
    junkValue(secret, true).map((value) => JSON.stringify(value) ?? 'undefined'),
    fc.constantFrom('{', '{"a":', '[1,2', '{"a":1}garbage', 'null', '""', '[]', '1', '\ufeff{}'),
  );
  return fc
    .record({
      params: fc.array(segment, { minLength: operation.pathParams.length, maxLength: operation.pathParams.length }),
      query: fc.oneof(fc.webQueryParameters(), queryJunk),
      method: fc.oneof({ weight: 3, arbitrary: fc.constant(operation.method) }, fc.constantFrom(...methods)),
      headers: headers(),
      body,
    })
    .map(({ params, query, method, headers, body }): RawRequest => {
      let index = 0;
      const path = operation.path.replace(/\{[^}]+\}/g, () => params[index++] ?? '');
      return printable({ method, path: `${basePath}/${path}${query ? `?${query}` : ''}`, headers, body });
    });
}

import type { ValidationIssue } from '../errors/EsignKitError.js';
import type { AnyOperation, WireFieldType } from '../operation.js';
import { hasBody, isRecord } from './encodeRequest.js';

export interface RawRequestParts {
  /** Path parameters, already percent-decoded (see `matchRoute`). */
  readonly params: Readonly<Record<string, string>>;
  readonly search: URLSearchParams;
  /** The parsed JSON body, or `undefined` when there was none. */
  readonly body: unknown;
}

export type DecodeResult =
  | { readonly ok: true; readonly input: Record<string, unknown> }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Rebuilds an operation's input from an incoming request (the inverse of `encodeRequest`), so
 * the proxy and the sandbox can validate it with the operation's schema. It refuses what the
 * schema cannot see: a query parameter given twice, query fields on a body operation, a body
 * on a query operation, or a field given both in the path and elsewhere.
 */
export function decodeRequest(operation: AnyOperation, parts: RawRequestParts): DecodeResult {
  const issues: ValidationIssue[] = [];
  const input: Record<string, unknown> = {};

  if (hasBody(operation.method)) {
    if (parts.body !== undefined && !isRecord(parts.body)) {
      issues.push({ path: '', message: 'The JSON body must be an object.', code: 'invalid_type' });
    } else if (parts.body) {
      for (const [key, value] of Object.entries(parts.body)) setField(input, key, value);
    }
    for (const key of new Set(parts.search.keys())) {
      issues.push({
        path: key,
        message: 'Query parameters are not accepted here; send the field in the JSON body.',
        code: 'custom',
      });
    }
  } else {
    if (parts.body !== undefined)
      issues.push({ path: '', message: `A ${operation.method} request takes no body.`, code: 'custom' });
    for (const key of new Set(parts.search.keys())) {
      const values = parts.search.getAll(key);
      if (values.length > 1) {
        issues.push({ path: key, message: 'Given more than once.', code: 'custom' });
        continue;
      }
      setField(input, key, decodeWireValue(values[0] ?? '', operation.wireTypes[key]));
    }
  }

  for (const [name, value] of Object.entries(parts.params)) {
    if (Object.hasOwn(input, name)) {
      issues.push({ path: name, message: 'Belongs in the path only.', code: 'custom' });
      continue;
    }
    setField(input, name, decodeWireValue(value, operation.wireTypes[name]));
  }
  return issues.length ? { ok: false, issues } : { ok: true, input };
}

/**
 * Adds a field as an own property. Plain assignment (or `Object.assign`) of a `__proto__` key
 * would set the input's prototype instead: the field would then pass a strict schema unseen,
 * and fields hidden inside it would be read through the prototype. `__proto__` is the only
 * accessor on `Object.prototype`, so any other key assigned plainly becomes the same own,
 * enumerable, writable field, without `defineProperty`'s cost on every field of every request.
 */
function setField(input: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    input[key] = value;
  }
}

/** Turns URL text back into a typed value; leaves it as text when it does not fit, so the schema reports it. */
function decodeWireValue(raw: string, type: WireFieldType | undefined): unknown {
  switch (type) {
    case 'number':
      return toNumber(raw);
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'number[]':
      return raw === '' ? [] : raw.split(',').map(toNumber);
    case 'string[]':
      return raw === '' ? [] : raw.split(',');
    default:
      return raw;
  }
}

function toNumber(raw: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
}

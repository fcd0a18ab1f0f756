import type { AnyOperationRoute } from '../operation.js';

/** The HTTP shape of one call: where each input field goes. */
export interface EncodedRequest {
  readonly method: AnyOperationRoute['method'];
  /** Path relative to the kit base, parameters filled in and percent-encoded. */
  readonly path: string;
  readonly search: URLSearchParams;
  /** JSON body for POST and PATCH (always an object, possibly empty); `undefined` otherwise. */
  readonly body: Record<string, unknown> | undefined;
}

/** True for methods whose non-path fields travel in a JSON body rather than the query string. */
export function hasBody(method: AnyOperationRoute['method']): boolean {
  return method === 'POST' || method === 'PATCH';
}

/**
 * Splits a validated input into path, query string and body, following the operation's
 * definition. The client uses it towards the proxy, and the proxy towards Prix, so both hops
 * carry the same shape.
 */
export function encodeRequest(operation: AnyOperationRoute, input: unknown): EncodedRequest {
  const fields: Record<string, unknown> = isRecord(input) ? { ...input } : {};
  const path = fillPath(operation, fields);
  const search = new URLSearchParams();
  if (hasBody(operation.method)) {
    return { method: operation.method, path, search, body: withoutUndefined(fields) };
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    search.set(key, Array.isArray(value) ? value.map(String).join(',') : String(value));
  }
  return { method: operation.method, path, search, body: undefined };
}

/**
 * The operation's path with its parameters taken out of `fields` (which it changes), filled in and
 * percent-encoded. The proxy's upstream path guard checks exactly this path, so it calls it too.
 */
export function fillPath(operation: AnyOperationRoute, fields: Record<string, unknown>): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = fields[name];
    delete fields[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`${operation.id}: path parameter "${name}" is missing.`);
    }
    return encodeURIComponent(String(value));
  });
}

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import type { AnyOperation, HttpMethod } from '../operation.js';

export type RouteMatch =
  | { readonly kind: 'match'; readonly operation: AnyOperation; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly HttpMethod[] }
  | { readonly kind: 'not-found' };

interface CompiledRoute {
  readonly operation: AnyOperation;
  /** A literal segment, or `null` for a parameter. */
  readonly segments: readonly (string | null)[];
}

/**
 * Builds a matcher from operations to `(method, path)` → operation + decoded path parameters.
 * Literal segments beat parameters (`contracts/find` is not `contracts/{uuid}`). Paths with
 * empty, `.` or `..` segments, or with an encoded `/` or `\` inside a segment, match nothing.
 *
 * @example
 * ```ts
 * const match = createRouteMatcher(builtInOperations)
 * match('POST', 'signatures/57139f5c-37d0-4c30-bdb6-ef6106040756/send')
 * // { kind: 'match', operation: sendReminder, params: { signatureUuid: '57139f5c-…' } }
 * ```
 */
export type RouteMatcher = (method: string, path: string) => RouteMatch;

export function createRouteMatcher(operations: readonly AnyOperation[]): RouteMatcher {
  // Grouped by segment count and sorted most specific first once, here, rather than filtered
  // and sorted on every request: the proxy and the sandbox call this for each one. The sort is
  // stable, so equally specific routes keep their registration order, as before.
  const bySegmentCount = new Map<number, CompiledRoute[]>();
  for (const operation of operations) {
    const segments = operation.path.split('/').map((segment) => (/^\{.+\}$/.test(segment) ? null : segment));
    const group = bySegmentCount.get(segments.length) ?? [];
    group.push({ operation, segments });
    bySegmentCount.set(segments.length, group);
  }
  for (const group of bySegmentCount.values()) group.sort((a, b) => specificity(b) - specificity(a));

  return function matchRoute(method: string, path: string): RouteMatch {
    const segments = splitPath(path);
    if (!segments) return { kind: 'not-found' };
    const candidates = (bySegmentCount.get(segments.length) ?? []).filter((route) =>
      route.segments.every((literal, index) => literal === null || literal === segments[index]),
    );
    if (candidates.length === 0) return { kind: 'not-found' };
    const upperMethod = method.toUpperCase();
    const best = candidates.find((route) => route.operation.method === upperMethod);
    if (!best) {
      return { kind: 'method-not-allowed', allowed: [...new Set(candidates.map((route) => route.operation.method))] };
    }
    const params: Record<string, string> = {};
    let next = 0;
    best.segments.forEach((literal, index) => {
      if (literal === null) params[best.operation.pathParams[next++] as string] = segments[index] as string;
    });
    return { kind: 'match', operation: best.operation, params };
  };
}

/** Literal segments weigh more the earlier they come. */
function specificity(route: CompiledRoute): number {
  return route.segments.reduce((score, literal, index) => score + (literal === null ? 0 : 2 ** (16 - index)), 0);
}

function splitPath(path: string): string[] | undefined {
  const raw = path.split('/');
  const decoded: string[] = [];
  for (const segment of raw) {
    if (segment === '') return undefined;
    // Most segments hold no escape: decoding would give them back unchanged.
    let value = segment;
    if (segment.includes('%')) {
      if (/%2f|%5c/i.test(segment)) return undefined;
      try {
        value = decodeURIComponent(segment);
      } catch {
        return undefined;
      }
    }
    if (value === '.' || value === '..' || /[/\\]/.test(value)) return undefined;
    decoded.push(value);
  }
  return decoded;
}

import { type AnyOperation, builtInOperations, fillPath } from '@esign-kit/core/server';

/** A route as Prix would match it: method, and path segments lower-cased (`null` for a parameter). */
interface RoutePattern {
  readonly id: string;
  readonly method: string;
  readonly segments: readonly (string | null)[];
}

/** Why a validated request must not go upstream. */
export type UpstreamPathRefusal = 'server-only' | 'path-changes';

/** Checks one validated request's upstream path; `undefined` when it may go. */
export type UpstreamPathGuard = (operation: AnyOperation, input: unknown) => UpstreamPathRefusal | undefined;

const patternOf = (operation: AnyOperation): RoutePattern => ({
  id: operation.id,
  method: operation.method.toUpperCase(),
  segments: operation.path.split('/').map((segment) => (/^\{.+\}$/.test(segment) ? null : segment.toLowerCase())),
});

/**
 * Server-only protection belongs to the upstream route, not to the flag on a definition: a
 * user-defined `GET business/{x}` called with `x=managing` would reach the server-only
 * `GET business/managing` (whose answer holds API keys). At start-up this finds, for each
 * operation, the server-only routes its pattern could reach (literal segments compared
 * case-insensitively, since a server may route that way) and refuses outright an operation that
 * always reaches one. Per request, the guard then refuses:
 *
 * - `path-changes`: a path whose segments are empty, `.` or `..`, or that URL normalisation
 *   would rewrite (a parameter must never move the call to another route);
 * - `server-only`: a path that lands on a server-only route (parameters percent-decoded,
 *   lower-cased, and cut at `;` or `.`, as servers that strip matrix parameters or suffixes read them).
 *
 * @example
 * ```ts
 * const guard = createUpstreamPathGuard(config.operations)
 * guard(businessByName, { x: 'managing' }) // 'server-only'
 * ```
 */
export function createUpstreamPathGuard(
  operations: readonly AnyOperation[],
  serverOnly: readonly AnyOperation[] = builtInOperations.filter((operation) => operation.serverOnly),
): UpstreamPathGuard {
  const protectedRoutes = serverOnly.map(patternOf);
  const reachable = new Map<AnyOperation, RoutePattern[]>();
  for (const operation of operations) {
    const own = patternOf(operation);
    const overlapping = protectedRoutes.filter((route) => overlaps(own, route));
    const always = own.segments.every((segment) => segment !== null) ? overlapping[0] : undefined;
    if (always) {
      throw new TypeError(
        `createEsignProxy: operation "${operation.id}" (${operation.method} ${operation.path}) is the server-only route of "${always.id}". Call it with the server client instead.`,
      );
    }
    if (overlapping.length) reachable.set(operation, overlapping);
  }

  return (operation, input) => {
    // The path alone, as `encodeRequest` fills it (the guard needs no query string or body).
    const path = fillPath(operation, typeof input === 'object' && input !== null ? { ...input } : {});
    const segments = path.split('/').map(decodeSegment);
    if (segments.some((segment) => segment === undefined || segment === '' || segment === '.' || segment === '..')) {
      return 'path-changes';
    }
    // URL normalisation only rewrites escapes and characters outside these (dot segments are refused above).
    if (!plainPath.test(path) && new URL(path, 'http://upstream.invalid/base/').pathname !== `/base/${path}`) {
      return 'path-changes';
    }
    const watched = reachable.get(operation);
    if (!watched) return undefined;
    const read = segments.map((segment) => (segment as string).toLowerCase().replace(/[;.].*$/s, ''));
    return watched.some((route) => matches(route, read)) ? 'server-only' : undefined;
  };
}

const plainPath = /^[\w.~/-]*$/;

/** Could one request match both patterns? Same method and length, and no two literals differ. */
function overlaps(a: RoutePattern, b: RoutePattern): boolean {
  return (
    a.method === b.method &&
    a.segments.length === b.segments.length &&
    a.segments.every(
      (segment, index) => segment === null || b.segments[index] === null || segment === b.segments[index],
    )
  );
}

function matches(route: RoutePattern, segments: readonly string[]): boolean {
  return (
    route.segments.length === segments.length &&
    route.segments.every((literal, index) => literal === null || literal === segments[index])
  );
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

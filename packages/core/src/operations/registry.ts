import type { AnyOperationDefinition } from '../operation.js';
import * as definitions from './definitions.generated.js';

/** One of the built-in definitions, as a union: lets a table keyed by id require every one. */
export type BuiltInOperation = (typeof definitions)[keyof typeof definitions];

/** `2.9` before `2.10`: reference sections compared number by number. */
function sectionOrder(a: AnyOperationDefinition, b: AnyOperationDefinition): number {
  const left = (a.reference?.section ?? '').split('.').map(Number);
  const right = (b.reference?.section ?? '').split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.id.localeCompare(b.id);
}

/**
 * Every documented endpoint of the Prix kit, in the reference's order (§2–§6): each definition
 * of the operation folders (`definitions.generated.ts`, written by `pnpm generate:routes`), so
 * a new operation file is all it takes to add one.
 *
 * Not here, because no copy of their pages could be read (reference §3.6, §4.2–4.4, §5.2–5.3,
 * §7): the template preview page, tag create / update / delete, seal and name-plate lookup and
 * their management page, and webhooks. Describe any of them yourself with `defineOperation` once
 * Prix gives you the spec; it then works with the client, the proxy and the hooks like these.
 */
export const builtInOperations: readonly BuiltInOperation[] = Object.freeze(
  (Object.values(definitions) as BuiltInOperation[]).sort(sectionOrder),
);

/** The built-in operations a browser may call through the proxy (not server-only). */
export function browserSafeOperations(
  operations: readonly AnyOperationDefinition[] = builtInOperations,
): readonly AnyOperationDefinition[] {
  return operations.filter((operation) => !operation.serverOnly);
}

/**
 * Checks that ids are unique and that no two operations claim the same method and path, then
 * returns the list. The proxy and the sandbox call it on the operations they are given.
 */
export function assertOperationList(operations: readonly AnyOperationDefinition[]): readonly AnyOperationDefinition[] {
  const ids = new Set<string>();
  const routes = new Set<string>();
  for (const operation of operations) {
    if (ids.has(operation.id)) throw new TypeError(`Two operations share the id "${operation.id}".`);
    const route = `${operation.method} ${operation.path.replace(/\{[^}]+\}/g, '{}')}`;
    if (routes.has(route)) throw new TypeError(`Two operations share the route "${route}".`);
    ids.add(operation.id);
    routes.add(route);
  }
  return operations;
}

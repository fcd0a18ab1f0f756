import type { AnyOperation } from '../operation.js';
import { findContract } from './findContract.js';
import { sendReminder } from './sendReminder.js';

/** Every operation esign-kit ships, by id. */
export const builtInOperations = [findContract, sendReminder] as const satisfies readonly AnyOperation[];

/** The built-in operations a browser may call through the proxy (not server-only). */
export function browserSafeOperations(
  operations: readonly AnyOperation[] = builtInOperations,
): readonly AnyOperation[] {
  return operations.filter((operation) => !operation.serverOnly);
}

/**
 * Checks that ids are unique and that no two operations claim the same method and path, then
 * returns the list. The proxy and the sandbox call it on the operations they are given.
 */
export function assertOperationList(operations: readonly AnyOperation[]): readonly AnyOperation[] {
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

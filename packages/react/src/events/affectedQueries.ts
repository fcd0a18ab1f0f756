import {
  type CachedQueryLike,
  esignKeyRoot,
  isOperationQuery,
  listContractsRoute,
  signatureUsageRoute,
} from '@esign-kit/core';
import { type SigningEvent, type SigningSubject, subjectKey, subjectsOf } from '@esign-kit/core/events';
import { subjectsOfQuery } from './subjects.js';

// @module Which cached queries an event makes stale: those that show one of its subjects, and the
// few whose membership or counts the change can move (a status filter, a tag filter, the usage
// counts). Nothing else is refetched.

/** True when the cached esign-kit query shows one of `subjects` (by key or by data). */
export function showsAnySubject(query: CachedQueryLike, subjects: ReadonlySet<string>): boolean {
  if (query.queryKey[0] !== esignKeyRoot || subjects.size === 0) return false;
  return subjectsOfQuery(query.queryKey, query.state.data).some((subject) => subjects.has(subjectKey(subject)));
}

function listFilter(query: CachedQueryLike): Record<string, unknown> {
  const input = query.queryKey[2];
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
}

/**
 * Queries a change can move rows into without showing the contract yet: a contract list
 * filtered by status (a status change), or by tags (tags set), and the e-signature counts.
 */
function membershipMayChange(query: CachedQueryLike, event: SigningEvent): boolean {
  switch (event.type) {
    case 'contract.status':
    case 'signature.status':
    case 'signature.cancelled':
      return (
        (isOperationQuery(query, listContractsRoute) && listFilter(query).status !== undefined) ||
        isOperationQuery(query, signatureUsageRoute)
      );
    case 'tags.set':
      return isOperationQuery(query, listContractsRoute) && listFilter(query).tagIds !== undefined;
    default:
      return false;
  }
}

/**
 * Whether `event` makes the cached query stale, for `invalidateQueries({ predicate })`.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ predicate: (query) => isAffectedBy(query, envelope.event) })
 * ```
 */
export function isAffectedBy(query: CachedQueryLike, event: SigningEvent): boolean {
  if (query.queryKey[0] !== esignKeyRoot) return false;
  const subjects = new Set(subjectsOf(event).map(subjectKey));
  return showsAnySubject(query, subjects) || membershipMayChange(query, event);
}

/** The subjects as a set of keys (`contract:…`), for {@link showsAnySubject}. */
export function subjectSet(subjects: Iterable<SigningSubject>): Set<string> {
  return new Set([...subjects].map(subjectKey));
}

import type { SandboxState } from '../state/index.js';
import type { SandboxCounters } from '../state/model.js';

/** A random RFC 4122 version-4 UUID, lower case like Prix's. */
export function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

/** A random URL-safe string (base64url, no padding) of `bytes` random bytes. */
export function randomToken(bytes = 24): string {
  const random = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...random))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Takes the next numeric id of a kind of record. Ids are never reused, even after a delete. */
export function nextId(state: SandboxState, kind: keyof SandboxCounters): number {
  const id = state.counters[kind];
  state.counters[kind] = id + 1;
  return id;
}

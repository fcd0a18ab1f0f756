import { stableKey } from '@esign-kit/core/server';
import { sha256Hex } from './fingerprint.js';
import { protectiveHeaders } from './respond.js';
import type { ProxyStore } from './store/ProxyStore.js';
import { isStoreBusy } from './store/storeBusyError.js';

/** The header a client sends one value of per user action (the React mutations do). */
export const idempotencyHeader = 'idempotency-key';
const keyPattern = /^[\w.:-]{8,128}$/;

interface PendingRecord {
  readonly state: 'pending';
  readonly fingerprint: string;
}
interface DoneRecord {
  readonly state: 'done';
  readonly fingerprint: string;
  readonly status: number;
  readonly body: string;
  /** The envelope's `errorCode` when the first answer was an error, for the replay's log line. */
  readonly errorCode?: string;
  /** The first answer's headers (all the proxy's own: none come from Prix), replayed with it. */
  readonly headers?: readonly (readonly [string, string])[];
}
type IdempotencyRecord = PendingRecord | DoneRecord;

/** Headers a stored answer must not carry again: the server adapter sets these for the new body. */
const framingHeaders = new Set(['content-length', 'transfer-encoding', 'connection']);

export type IdempotencyClaim =
  /** First time this key is seen: go ahead, then `finish` (or `release` if nothing was done). */
  | {
      readonly kind: 'first';
      /** Stores the answer (and its error code, if any) and gives it back to send. */
      finish(response: Response, errorCode?: string): Promise<Response>;
      release(): Promise<void>;
    }
  /** Seen and answered before: send this stored answer again, nothing upstream. */
  | { readonly kind: 'replay'; readonly response: Response; readonly errorCode: string | undefined }
  /** Reused with a different input, or still running after `waitMs`. */
  | { readonly kind: 'conflict'; readonly reason: 'mismatch' | 'in-progress' }
  /** Not a usable key. */
  | { readonly kind: 'invalid' }
  /** The store cannot take a new record just now (503): nothing was done. */
  | { readonly kind: 'busy'; readonly retryAfterSeconds: number };

export interface IdempotencyScope {
  readonly store: ProxyStore;
  readonly ttlMs: number;
  /** How long a duplicate waits for the first request to finish before answering 409. */
  readonly waitMs: number;
  /** Separates businesses sharing a store (a hash of their key, never the key). */
  readonly tenant: string;
  readonly operationId: string;
}

/**
 * Claims an idempotency key for one request. The record is reserved atomically
 * (`setIfAbsent`), so of two identical requests racing, on one instance or two, exactly one
 * reaches Prix; the other waits for its answer and replays it.
 */
export async function claimIdempotencyKey(
  scope: IdempotencyScope,
  key: string,
  input: unknown,
): Promise<IdempotencyClaim> {
  if (!keyPattern.test(key)) return { kind: 'invalid' };
  const storeKey = `esign-kit:idem:${scope.tenant}:${scope.operationId}:${key}`;
  const fingerprint = await sha256Hex(stableKey(input));
  const pending: PendingRecord = { state: 'pending', fingerprint };

  let reserved: boolean;
  try {
    reserved = await scope.store.setIfAbsent(storeKey, JSON.stringify(pending), scope.ttlMs);
  } catch (cause) {
    if (isStoreBusy(cause)) return { kind: 'busy', retryAfterSeconds: cause.retryAfterSeconds };
    throw cause;
  }
  if (reserved) {
    return {
      kind: 'first',
      async finish(response, errorCode) {
        const body = await response.text();
        const headers = [...response.headers].filter(([name]) => !framingHeaders.has(name));
        const done: DoneRecord = {
          state: 'done',
          fingerprint,
          status: response.status,
          body,
          headers,
          ...(errorCode ? { errorCode } : {}),
        };
        try {
          await scope.store.set(storeKey, JSON.stringify(done), scope.ttlMs);
        } catch {
          // Prix has acted: its answer goes to the browser whatever the store says. The pending
          // record stays, so a retry waits and gets 409 rather than acting a second time.
        }
        return new Response(body, { status: response.status, headers: response.headers });
      },
      release: () => scope.store.delete(storeKey),
    };
  }

  const deadline = Date.now() + scope.waitMs;
  for (;;) {
    const record = parseRecord(await scope.store.get(storeKey));
    if (record && record.fingerprint !== fingerprint) return { kind: 'conflict', reason: 'mismatch' };
    if (record?.state === 'done') return { kind: 'replay', response: replayOf(record), errorCode: record.errorCode };
    // Released (the first attempt was refused before doing anything): this one may try.
    if (!record) return claimIdempotencyKey(scope, key, input);
    if (Date.now() >= deadline) return { kind: 'conflict', reason: 'in-progress' };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The stored answer again, with the same protective headers as the first (and older records without headers). */
function replayOf(record: DoneRecord): Response {
  const headers = new Headers(protectiveHeaders);
  for (const [name, value] of record.headers ?? []) if (!framingHeaders.has(name)) headers.set(name, value);
  headers.set('idempotent-replayed', 'true');
  return new Response(record.body, { status: record.status, headers });
}

function parseRecord(text: string | undefined): IdempotencyRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as IdempotencyRecord;
    return value && (value.state === 'pending' || value.state === 'done') ? value : undefined;
  } catch {
    return undefined;
  }
}

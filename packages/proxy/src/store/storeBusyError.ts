/**
 * Thrown by a {@link ProxyStore} that cannot take a new key without forgetting a live one (the
 * memory store at `maxEntries`, a Redis at `maxmemory` under `noeviction`). The proxy answers
 * 503 `ESIGN_KIT_BUSY` with `Retry-After` and calls nothing upstream: refusing a request is
 * safe, forgetting a rate-limit counter or an idempotency record is not.
 *
 * @example
 * ```ts
 * // In a store of your own:
 * if (full) throw new ProxyStoreBusyError('My store is full.', 30)
 * ```
 */
export class ProxyStoreBusyError extends Error {
  override readonly name = 'ProxyStoreBusyError';

  constructor(
    message: string,
    /** When to try again, in whole seconds (at least 1): sent as `Retry-After`. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** True for a {@link ProxyStoreBusyError}, also one thrown by another copy of this package. */
export function isStoreBusy(cause: unknown): cause is ProxyStoreBusyError {
  return (
    cause instanceof ProxyStoreBusyError ||
    (cause instanceof Error &&
      cause.name === 'ProxyStoreBusyError' &&
      typeof (cause as Partial<ProxyStoreBusyError>).retryAfterSeconds === 'number')
  );
}

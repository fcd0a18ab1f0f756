import { parseEnvelope } from '@esign-kit/core/server';
import { type ContractStatusSnapshot, snapshotOfContract } from './statusSnapshot.js';
import type { StatusTarget } from './statusWatcher.js';

/** Options of {@link createPrixStatusReader}: the proxy's own `apiKey` and `upstream`. */
export interface PrixStatusReaderOptions {
  /** The Prix API key, or the function that picks it from a watcher's request. */
  readonly apiKey: string | ((request: Request) => string | Promise<string>);
  /** The kit's base URL, including `/kit-api/v1` (the proxy's `upstream`). */
  readonly upstream: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Longest one read may take. @default 10000 */
  readonly timeoutMs?: number;
}

/**
 * The `fetchStatus` of {@link createStatusWatcher} for Prix: one `GET contracts/find?uuid=…`
 * (reference §2.2, https://api-kit.prix.im/signature/find) per read, with the key only, no
 * retries (the next interval is the retry). Never a reminder or any other endpoint.
 * Answers `undefined` for a contract Prix does not know; rejects on any other failure.
 *
 * @example
 * ```ts
 * const fetchStatus = createPrixStatusReader({ apiKey: process.env.PRIX_API_KEY!, upstream })
 * ```
 */
export function createPrixStatusReader(
  options: PrixStatusReaderOptions,
): (target: StatusTarget, signal: AbortSignal) => Promise<ContractStatusSnapshot | undefined> {
  const { apiKey, timeoutMs = 10_000 } = options;
  const upstream = options.upstream.replace(/\/+$/, '');
  const send = options.fetch ?? globalThis.fetch;
  return async (target, signal) => {
    let key: string;
    if (typeof apiKey === 'string') key = apiKey;
    else if (target.request) key = await apiKey(target.request);
    else throw new Error('createPrixStatusReader: apiKey is a function, and the watch has no request to pick it from.');
    const url = `${upstream}/contracts/find?uuid=${encodeURIComponent(target.contractUuid)}`;
    const response = await send(url, {
      method: 'GET',
      headers: { 'x-api-key': key, accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    const envelope = parseEnvelope(await response.json().catch(() => undefined));
    if (!envelope) throw new Error(`contracts/find answered HTTP ${response.status} without a Prix envelope.`);
    if (!envelope.ok) {
      if (response.status === 404) return undefined;
      throw new Error(`contracts/find failed: ${envelope.errorCode} (HTTP ${response.status}).`);
    }
    const contract = (envelope.data as { contract?: unknown } | undefined)?.contract;
    const snapshot = snapshotOfContract(contract);
    if (!snapshot) throw new Error('contracts/find answered a contract without uuid and status.');
    return snapshot;
  };
}

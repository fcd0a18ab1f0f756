import type { ProxyStore } from '../store/ProxyStore.js';
import { type ContractStatusSnapshot, snapshotOfContract } from './statusSnapshot.js';

/** The part of a {@link ProxyStore} the status watchers of several instances coordinate through. */
export type WatchStore = Pick<ProxyStore, 'setIfAbsent' | 'get' | 'set'>;

/** The last read of a contract by any instance, as kept in the shared store. */
export interface SharedRead {
  readonly snapshot: ContractStatusSnapshot;
  /** When the read finished (`Date.now()` of the instance that made it). */
  readonly readAt: number;
  /** The instance that made it. */
  readonly by: string;
}

/**
 * Whether this instance reads now, or not: because another one read within the interval
 * (`fresh`, then `last` is that read), or holds the claim (`claimed`: it is reading).
 */
export type Turn =
  | { readonly read: true }
  | { readonly read: false; readonly why: 'fresh'; readonly last: SharedRead }
  | { readonly read: false; readonly why: 'claimed'; readonly last: SharedRead | undefined };

interface Target {
  readonly contractUuid: string;
  readonly scope: string;
}

/**
 * Where the status watchers of several proxy instances meet, for one read of a contract per
 * interval however many instances watch it, and one event per change.
 *
 * Two keys per contract and scope:
 * - `esign-kit:watch:<scope>:<contract>`, the claim: taken with `setIfAbsent` right before a read,
 *   so that of instances whose timers fire together only one reads.
 * - `esign-kit:watch-snapshot:<scope>:<contract>`, the last read by anyone: what the next reader
 *   compares with (so a change is told once, by whoever saw it first), and when it was made (so
 *   an instance whose timer fires soon after another's read waits for the rest of its interval).
 *
 * Why the claim lives only `claimTtlMs`, shorter than the fast interval, and not as long as the
 * interval of the instance that takes it: the instances do not all want the same pace. An idle
 * instance (15 s) holding the claim for 15 s would keep one with a page open (2 s) from reading
 * for 15 s. So the claim only covers the read itself and must lapse before the next fast read
 * is due; the pace is kept by the snapshot's `readAt` instead, which each instance measures
 * against its own interval: an idle one skips while anyone read within the last 15 s, a fast one
 * while anyone read within the last 2 s. A fast instance thus waits at most one fast interval
 * behind a read by an idle one, and the reads of the fastest instance serve everyone else.
 *
 * A read slower than the claim lets one more instance read alongside; the snapshot is fetched
 * again right before comparing, so an overlapping read still tells a change once unless both
 * finish within the same few milliseconds. The instances' clocks are assumed to agree to well
 * under an interval (NTP), as `readAt` is compared across machines.
 */
export function createSharedWatch(options: {
  readonly store: WatchStore;
  /** This instance's id, the claim's value: an instance recognises its own claim and reads. */
  readonly instanceId: string;
  readonly claimTtlMs: number;
  readonly snapshotTtlMs: number;
}) {
  const { store, instanceId, claimTtlMs, snapshotTtlMs } = options;

  async function last(target: Target): Promise<SharedRead | undefined> {
    const stored = await store.get(snapshotKey(target));
    return stored === undefined ? undefined : parseSharedRead(stored, target.contractUuid);
  }

  return {
    last,

    /** Whether to read now, wanting a read every `intervalMs`. */
    async turn(target: Target, intervalMs: number): Promise<Turn> {
      const previous = await last(target);
      // Our own previous read paces itself with this instance's timer, as without a store.
      if (previous && previous.by !== instanceId) {
        const age = Math.max(0, Date.now() - previous.readAt);
        if (age < intervalMs) return { read: false, why: 'fresh', last: previous };
      }
      const claim = claimKey(target);
      const claimed =
        (await store.setIfAbsent(claim, instanceId, claimTtlMs)) || (await store.get(claim)) === instanceId;
      return claimed ? { read: true } : { read: false, why: 'claimed', last: previous };
    },

    /** Keeps a read for whichever instance reads next. */
    async record(target: Target, snapshot: ContractStatusSnapshot, readAt: number): Promise<void> {
      const read: SharedRead = { snapshot, readAt, by: instanceId };
      await store.set(snapshotKey(target), JSON.stringify(read), snapshotTtlMs);
    },
  };
}

/** The coordination of {@link createSharedWatch}. */
export type SharedWatch = ReturnType<typeof createSharedWatch>;

const part = (value: string) => encodeURIComponent(value);
const claimKey = (target: Target) => `esign-kit:watch:${part(target.scope)}:${part(target.contractUuid)}`;
const snapshotKey = (target: Target) => `esign-kit:watch-snapshot:${part(target.scope)}:${part(target.contractUuid)}`;

/** A stored read, or `undefined` when it is not one (of this contract): then it is as if none. */
function parseSharedRead(stored: string, contractUuid: string): SharedRead | undefined {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { snapshot, readAt, by } = value as Record<string, unknown>;
  if (typeof readAt !== 'number' || !Number.isFinite(readAt) || typeof by !== 'string') return undefined;
  if (typeof snapshot !== 'object' || snapshot === null) return undefined;
  // The snapshot keeps the shape snapshotOfContract checks, with the contract's id under another name.
  const { contractUuid: uuid, ...rest } = snapshot as Record<string, unknown>;
  const parsed = snapshotOfContract({ ...rest, uuid });
  return parsed?.contractUuid === contractUuid ? { snapshot: parsed, readAt, by } : undefined;
}

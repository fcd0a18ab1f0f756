import type { EventBus } from './EventBus.js';
import { createSharedWatch, type SharedWatch, type WatchStore } from './sharedWatch.js';
import { type ContractStatusSnapshot, statusChanges } from './statusSnapshot.js';

/** What {@link StatusWatcherOptions.fetchStatus} is asked for. */
export interface StatusTarget {
  readonly contractUuid: string;
  /** The scope given to `watch` (a tenant), for apps with one key per business. */
  readonly scope: string;
  /**
   * The request of one current watcher (the first still watching), for an `apiKey` picked per
   * request. Read only its headers: its body was never meant for this.
   */
  readonly request: Request | undefined;
}

/** Poll intervals of {@link createStatusWatcher}, in milliseconds. */
export interface StatusWatcherIntervals {
  /** While someone has a signing or contract page open for the contract. @default 2000 */
  readonly pageOpenMs?: number;
  /** Otherwise. @default 15000 */
  readonly idleMs?: number;
  /** The longest wait after repeated failures (each failure doubles the wait). @default 60000 */
  readonly maxBackoffMs?: number;
}

/** Options of {@link createStatusWatcher}. */
export interface StatusWatcherOptions {
  /**
   * Reads where a contract's signing stands, once per interval per watched contract however
   * many watch it. `createPrixStatusReader` reads it from `contracts/find`. Rejecting (or
   * resolving `undefined`, not found) counts as a failure: the next read waits longer.
   */
  readonly fetchStatus: (target: StatusTarget, signal: AbortSignal) => Promise<ContractStatusSnapshot | undefined>;
  /** Where changes are published. */
  readonly bus: Pick<EventBus, 'publish'>;
  readonly intervals?: StatusWatcherIntervals;
  /** Told of each failed read or publish, for the app's logs. */
  readonly onError?: (error: unknown, target: StatusTarget) => void;
  /** Spreads retries after failures (0 ≤ value < 1). @default Math.random */
  readonly random?: () => number;
  /**
   * A store shared by several proxy instances (the proxy's `store`, e.g. Redis): then a contract
   * is read once per interval by one of them, whichever, and each change is published once,
   * however many instances watch it. Without one, each instance polls for its own watchers.
   * With the proxy's in-memory store, one instance behaves as without.
   */
  readonly store?: WatchStore | undefined;
  /** This instance's name in the shared store's claims. @default a random UUID */
  readonly instanceId?: string;
}

/** One watcher of a contract, from {@link StatusWatcher.watch}. */
export interface StatusWatch {
  /** Says whether this watcher has a page open for the contract now (polls faster while any has). */
  setPageOpen(open: boolean): void;
  /** Stops watching; the last one to leave stops the polling. Calling it again does nothing. */
  release(): void;
}

/** Polls contracts while someone watches them, and publishes what changed. */
export interface StatusWatcher {
  watch(contractUuid: string, options?: { scope?: string; request?: Request; pageOpen?: boolean }): StatusWatch;
  /** How many contracts are being polled now. */
  readonly size: number;
  /** Stops every poll. */
  close(): void;
}

interface Watched {
  readonly target: { contractUuid: string; scope: string };
  readonly watchers: Set<{ request: Request | undefined; pageOpen: boolean }>;
  timer: ReturnType<typeof setTimeout> | undefined;
  inFlight: AbortController | undefined;
  last: ContractStatusSnapshot | undefined;
  lastReadAt: number;
  failures: number;
}

/**
 * A Prix status watcher: while at least one screen watches a contract, reads it once per
 * interval (2 s while a page is open for it, 15 s otherwise), whatever the number of screens, and
 * publishes `participant.status`, `signature.status` and `contract.status` events when a status
 * changed since the previous read. The first read only sets the baseline. Reads never overlap
 * for one contract; after a failure the next waits twice as long (with jitter, up to
 * `maxBackoffMs`). The last watcher leaving stops the polling (an ongoing read is aborted).
 *
 * It only reads: no reminder or other endpoint with a user-facing budget is ever called.
 * Without a `store`, each instance polls for its own watchers; the bus carries the changes to
 * every instance. With a shared `store`, the instances take turns (see `sharedWatch.ts`).
 *
 * @example
 * ```ts
 * const watcher = createStatusWatcher({ bus, fetchStatus: createPrixStatusReader({ apiKey, upstream }) })
 * const watch = watcher.watch(contractUuid, { request, pageOpen: true })
 * // … when the screen goes away:
 * watch.release()
 * ```
 */
export function createStatusWatcher(options: StatusWatcherOptions): StatusWatcher {
  const { fetchStatus, bus, onError, random = Math.random } = options;
  const pageOpenMs = options.intervals?.pageOpenMs ?? 2000;
  const idleMs = options.intervals?.idleMs ?? 15_000;
  const maxBackoffMs = options.intervals?.maxBackoffMs ?? 60_000;
  const watched = new Map<string, Watched>();
  const shared = options.store
    ? createSharedWatch({
        store: options.store,
        instanceId: options.instanceId ?? globalThis.crypto.randomUUID(),
        // Lapses before the next fast read is due, whoever took it (see sharedWatch.ts).
        claimTtlMs: Math.max(1, Math.floor(Math.min(pageOpenMs, idleMs) * 0.8)),
        // Outlives a few idle intervals and the longest backoff, so a slow or failing round does
        // not lose the baseline (and with it a change).
        snapshotTtlMs: Math.max(4 * idleMs, 2 * maxBackoffMs),
      })
    : undefined;

  const isPageOpen = (entry: Watched) => [...entry.watchers].some((watcher) => watcher.pageOpen);
  const intervalOf = (entry: Watched) => (isPageOpen(entry) ? pageOpenMs : idleMs);

  function targetOf(entry: Watched): StatusTarget {
    const [first] = entry.watchers;
    return { ...entry.target, request: first?.request };
  }

  function schedule(entry: Watched, delayMs: number): void {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void poll(entry), Math.max(0, delayMs));
  }

  async function poll(entry: Watched): Promise<void> {
    entry.timer = undefined;
    const controller = new AbortController();
    entry.inFlight = controller;
    const target = targetOf(entry);
    if (shared && !(await takeTurn(shared, entry, target, controller))) return;
    let snapshot: ContractStatusSnapshot | undefined;
    let failure: unknown;
    try {
      snapshot = await fetchStatus(target, controller.signal);
      if (!snapshot) failure = new Error(`Contract ${target.contractUuid} was not found.`);
    } catch (error) {
      failure = error;
    }
    entry.inFlight = undefined;
    entry.lastReadAt = Date.now();
    // Everyone left while the read was on its way: nothing to tell, nothing to schedule.
    if (watched.get(key(entry.target)) !== entry || controller.signal.aborted) return;
    if (snapshot) {
      entry.failures = 0;
      const changes = statusChanges(shared ? await sharedBaseline(shared, entry, target) : entry.last, snapshot);
      entry.last = snapshot;
      // Kept before publishing, so an instance reading next compares with it and does not tell the same change.
      await shared?.record(entry.target, snapshot, entry.lastReadAt).catch((error: unknown) => report(error, target));
      for (const event of changes) {
        await bus.publish(event).catch((error: unknown) => report(error, target));
      }
      schedule(entry, intervalOf(entry));
      return;
    }
    report(failure, target);
    entry.failures++;
    const backoff = Math.min(intervalOf(entry) * 2 ** entry.failures, maxBackoffMs);
    schedule(entry, backoff * (1 + 0.2 * random()));
  }

  /**
   * With a shared store: whether this instance reads now. When another instance read within
   * the interval, adopts its read and waits for the rest of the interval; when another is
   * reading, waits an interval. A failing store reads anyway: rather one read too many than
   * screens left stale.
   */
  async function takeTurn(
    coordination: SharedWatch,
    entry: Watched,
    target: StatusTarget,
    controller: AbortController,
  ): Promise<boolean> {
    const turn = await coordination.turn(entry.target, intervalOf(entry)).catch((error: unknown) => {
      report(error, target);
      return { read: true } as const;
    });
    // Everyone left while the store answered: nothing to read, nothing to schedule.
    if (watched.get(key(entry.target)) !== entry || controller.signal.aborted) return false;
    if (turn.read) return true;
    entry.inFlight = undefined;
    if (turn.why === 'claimed') {
      schedule(entry, intervalOf(entry));
      return false;
    }
    // Another instance read lately: its answer is ours (and Prix answers, whatever our failures).
    entry.last = turn.last.snapshot;
    entry.lastReadAt = turn.last.readAt;
    entry.failures = 0;
    // The interval as it is now (a page may have opened while the store answered), never
    // longer than one interval, whatever the other machine's clock says.
    const interval = intervalOf(entry);
    schedule(entry, Math.min(entry.lastReadAt + interval - Date.now(), interval));
    return false;
  }

  /** What a read is compared with: the last read by anyone, else this instance's own last. */
  async function sharedBaseline(
    coordination: SharedWatch,
    entry: Watched,
    target: StatusTarget,
  ): Promise<ContractStatusSnapshot | undefined> {
    const last = await coordination.last(entry.target).catch((error: unknown) => {
      report(error, target);
      return undefined;
    });
    return last?.snapshot ?? entry.last;
  }

  function report(error: unknown, target: StatusTarget): void {
    try {
      onError?.(error, target);
    } catch {
      // The app's logger failing changes nothing.
    }
  }

  /** A page opened: read within the fast interval of the previous read, unless failing. */
  function hurry(entry: Watched): void {
    if (entry.inFlight || entry.failures > 0 || entry.timer === undefined) return;
    schedule(entry, entry.lastReadAt + pageOpenMs - Date.now());
  }

  return {
    watch(contractUuid, watchOptions = {}) {
      const target = { contractUuid, scope: watchOptions.scope ?? '' };
      let entry = watched.get(key(target));
      const isNew = !entry;
      if (!entry) {
        entry = {
          target,
          watchers: new Set(),
          timer: undefined,
          inFlight: undefined,
          last: undefined,
          lastReadAt: 0,
          failures: 0,
        };
        watched.set(key(target), entry);
      }
      const watcher = { request: watchOptions.request, pageOpen: watchOptions.pageOpen ?? false };
      entry.watchers.add(watcher);
      const current = entry;
      if (isNew) schedule(current, 0);
      else if (watcher.pageOpen) hurry(current);
      let released = false;
      return {
        setPageOpen(open) {
          if (released || watcher.pageOpen === open) return;
          watcher.pageOpen = open;
          if (open) hurry(current);
        },
        release() {
          if (released) return;
          released = true;
          current.watchers.delete(watcher);
          if (current.watchers.size > 0) return;
          clearTimeout(current.timer);
          current.timer = undefined;
          current.inFlight?.abort();
          watched.delete(key(current.target));
        },
      };
    },
    get size() {
      return watched.size;
    },
    close() {
      for (const entry of watched.values()) {
        clearTimeout(entry.timer);
        entry.inFlight?.abort();
      }
      watched.clear();
    },
  };
}

const key = (target: { contractUuid: string; scope: string }) => `${target.scope}\u0000${target.contractUuid}`;

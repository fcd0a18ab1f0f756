import { type EsignonWorkflowState, isNewerState } from '@esign-kit/core/esignon/server';
import type { ProxyStore } from '../store/ProxyStore.js';

/**
 * @module Where the proxy keeps what it knows of a workflow from eSignon's start answer and its
 * callbacks (core's `EsignonWorkflowState`: the current signer's page, the latest step), in the
 * proxy's store (memory or Redis), under `esignon:workflow:<companyId>:<workflowId>`. Only the
 * read and signing-url operations hand any of it to a browser, behind the app's `authorize`.
 */

/**
 * How long the state is kept after its last change. Workflows can stay open for months; past
 * this the read still answers from eSignon, only without a signing page. Our choice: 180 days.
 */
export const workflowStateTtlMs = 180 * 24 * 60 * 60 * 1000;

export function workflowStateKey(companyId: string, workflowId: string): string {
  return `esignon:workflow:${companyId}:${workflowId}`;
}

/** The kept state, or `undefined` when there is none (or it cannot be read). */
export async function readWorkflowState(store: ProxyStore, key: string): Promise<EsignonWorkflowState | undefined> {
  const raw = await store.get(key);
  if (raw === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    const state = value as EsignonWorkflowState;
    return typeof value === 'object' &&
      value !== null &&
      typeof state.status === 'string' &&
      typeof state.actionId === 'string'
      ? state
      : undefined;
  } catch {
    return undefined;
  }
}

// Writes for one key run one after another in this process, so two callbacks arriving together
// cannot both read the old state and the older one be written last.
const queues = new Map<string, Promise<unknown>>();

/**
 * Stores `incoming` unless the kept state is as new or newer (core's `isNewerState`: an ended
 * workflow never goes back to Playing; the higher step wins). The store has no compare-and-set,
 * so after writing it reads back and writes again (at most three times) when another proxy
 * instance wrote an older state in between. Resolves to whether `incoming` is now kept.
 */
export function keepWorkflowState(store: ProxyStore, key: string, incoming: EsignonWorkflowState): Promise<boolean> {
  const run = (queues.get(key) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => writeIfNewer(store, key, incoming));
  queues.set(key, run);
  const forget = () => {
    if (queues.get(key) === run) queues.delete(key);
  };
  run.then(forget, forget);
  return run;
}

async function writeIfNewer(store: ProxyStore, key: string, incoming: EsignonWorkflowState): Promise<boolean> {
  const text = JSON.stringify(incoming);
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = await readWorkflowState(store, key);
    if (stored && JSON.stringify(stored) === text) return true;
    if (!isNewerState(stored, incoming)) return false;
    await store.set(key, text, workflowStateTtlMs);
    if ((await store.get(key)) === text) return true;
  }
  return false;
}

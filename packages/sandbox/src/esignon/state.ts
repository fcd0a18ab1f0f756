import type { EsignonState } from './model.js';
import type { ResolvedEsignonOptions } from './options.js';

/** The first workflow id a fresh sandbox hands out. */
const firstWorkflowId = 5001;

/** An empty eSignon state whose switches follow the options. */
export function createEsignonState(options: ResolvedEsignonOptions): EsignonState {
  return {
    workflows: [],
    tokens: new Map(),
    files: new Map(),
    injectedFailures: [],
    callbacks: [],
    switches: {
      duplicateCallbacks: false,
      allowFrames: options.allowFrames,
      openerOrigins: [...options.openerOrigins],
    },
    counters: { workflow: firstWorkflowId, callback: 1 },
  };
}

/** Empties the state in place (references taken earlier stay current) and restores the switches. */
export function resetEsignonState(state: EsignonState, options: ResolvedEsignonOptions): void {
  const fresh = createEsignonState(options);
  state.workflows.length = 0;
  state.tokens.clear();
  state.files.clear();
  state.injectedFailures.length = 0;
  state.callbacks.length = 0;
  Object.assign(state.switches, fresh.switches);
  // Workflow ids go on from where they were: a proxy that outlives the reset still holds callback
  // state under the old ids, and a new workflow must never read as an old, finished one.
  state.counters.callback = fresh.counters.callback;
}

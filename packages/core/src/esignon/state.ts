import type { EsignonCallback } from './callback.js';
import { esignonStatusRank, hasEsignonDocuments } from './status.js';
import type { EsignonPerson, EsignonWorkflow } from './types.js';

/**
 * @module The workflow state the proxy keeps between calls (store key
 * `esignon:workflow:<companyId>:<workflowId>`, JSON): the start answer's, replaced by each newer
 * callback. The read merges it into eSignon's answer; the signing-url operation answers from it.
 */

/** What the proxy keeps per workflow. Plain JSON. */
export interface EsignonWorkflowState {
  readonly workflowId: string;
  readonly status: string;
  /** The step the state is from; `'0'` for the start answer (before any step). */
  readonly actionId: string;
  /** `CF` / `RT` from a callback; absent for the start answer. */
  readonly workType?: string | undefined;
  /** When the step was done (ISO), when known. */
  readonly at?: string | undefined;
  readonly nextSigner?: EsignonPerson | undefined;
  /** The current signer's page: never sent to a browser except through `esignonSigningUrl`. */
  readonly playUrl?: string | undefined;
  readonly downloadUrl?: string | undefined;
  readonly certUrl?: string | undefined;
}

/**
 * The state a callback reports.
 *
 * @example
 * ```ts
 * const parsed = parseEsignonCallback(body)
 * if (parsed.ok) await store.set(key, JSON.stringify(stateFromCallback(parsed.callback)))
 * ```
 */
export function stateFromCallback(callback: EsignonCallback): EsignonWorkflowState {
  return {
    workflowId: callback.workflowId,
    status: callback.status,
    actionId: callback.actionId,
    workType: callback.workType,
    at: callback.at ?? callback.workedAt,
    nextSigner: callback.nextSigner,
    playUrl: callback.playUrl,
    downloadUrl: callback.downloadUrl,
    certUrl: callback.certUrl,
  };
}

/**
 * Whether `incoming` should replace `stored`: a state never goes back (`Complete`/`Canceled` is
 * not lowered to `Playing`, see `esignonStatusRank`); at the same rank the later step wins
 * (numeric `actionId`), and at the same step the later `at`. A state is never newer than itself,
 * so a repeat changes nothing.
 *
 * @example
 * ```ts
 * isNewerState({ workflowId: '1', status: 'Complete', actionId: '2' }, { workflowId: '1', status: 'Playing', actionId: '3' }) // false
 * isNewerState(undefined, state) // true
 * ```
 */
export function isNewerState(
  stored: Pick<EsignonWorkflowState, 'status' | 'actionId' | 'at'> | undefined,
  incoming: Pick<EsignonWorkflowState, 'status' | 'actionId' | 'at'>,
): boolean {
  if (!stored) return true;
  const rank = esignonStatusRank(incoming.status) - esignonStatusRank(stored.status);
  if (rank !== 0) return rank > 0;
  const step = compareSteps(incoming.actionId, stored.actionId);
  if (step !== 0) return step > 0;
  return incoming.at !== undefined && stored.at !== undefined && incoming.at > stored.at;
}

/**
 * A workflow read (see `fromWorkflowBody`) with what the proxy kept: the status when the kept one
 * is further along (a callback can be ahead of the read), the next signer, whether a signing page
 * is kept for the current signer, and the latest callback.
 *
 * @example
 * ```ts
 * const workflow = withEsignonState(fromWorkflowBody(answer.body), kept)
 * workflow.signingUrlAvailable // true while a play_url is kept and the workflow plays
 * ```
 */
export function withEsignonState(workflow: EsignonWorkflow, state: EsignonWorkflowState | undefined): EsignonWorkflow {
  if (!state || state.workflowId !== workflow.workflowId) return workflow;
  const status = esignonStatusRank(state.status) > esignonStatusRank(workflow.status) ? state.status : workflow.status;
  const playing = esignonStatusRank(status) === 1;
  const { nextSigner: _, lastCallback: __, ...rest } = workflow;
  return {
    ...rest,
    status,
    ...(playing && state.nextSigner ? { nextSigner: state.nextSigner } : {}),
    signingUrlAvailable: playing && Boolean(state.playUrl),
    documentsAvailable: hasEsignonDocuments(status),
    ...(state.workType
      ? {
          lastCallback: {
            status: state.status,
            workType: state.workType,
            actionId: state.actionId,
            at: state.at ?? '',
          },
        }
      : {}),
  };
}

/** Compares two step markers as numbers when both are, else as text. */
function compareSteps(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  if (Number.isFinite(x) && Number.isFinite(y)) return Math.sign(x - y);
  return a === b ? 0 : a > b ? 1 : -1;
}

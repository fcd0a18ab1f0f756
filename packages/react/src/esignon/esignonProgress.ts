import { type EsignonWorkflow, isEsignonWorkflowOver } from '@esign-kit/core/esignon';

/**
 * Where a signing stands for the sign button, derived from the server's view of the workflow:
 * - `idle`: nothing opened yet;
 * - `waiting`: the signing page is open, the workflow has not moved;
 * - `signed`: it moved on (the next signer's turn); `returned`: the signer returned it (`RT`);
 * - `complete`: every signer signed; `canceled`: canceled, voided or deleted;
 * - `closed`: the page was closed and the workflow has not moved (yet).
 */
export type EsignonSignPhase = 'idle' | 'waiting' | 'signed' | 'returned' | 'complete' | 'canceled' | 'closed';

/**
 * The facts that say where a signing stands: status, step, whose turn, who is next, the latest
 * callback. Two reads with the same position mean nothing happened in between.
 *
 * @example
 * ```ts
 * signingPosition(before) === signingPosition(after) // true: still the same signer's turn
 * ```
 */
export function signingPosition(workflow: EsignonWorkflow): string {
  const turn = workflow.signers.filter((signer) => signer.turn).map((signer) => signer.order);
  return JSON.stringify([
    workflow.status,
    workflow.currentStep ?? null,
    turn,
    workflow.nextSigner?.contact ?? null,
    workflow.lastCallback?.actionId ?? null,
    workflow.lastCallback?.workType ?? null,
  ]);
}

/**
 * What a change of position means, or `undefined` when the workflow has not moved since `before`.
 * The server decides: a page's message never gets here, only reads of the workflow do.
 *
 * @example
 * ```ts
 * settledPhase(whenOpened, { ...whenOpened, status: 'Complete' }) // 'complete'
 * ```
 */
export function settledPhase(
  before: EsignonWorkflow,
  after: EsignonWorkflow,
): 'signed' | 'returned' | 'complete' | 'canceled' | undefined {
  if (signingPosition(before) === signingPosition(after)) return undefined;
  if (after.status === 'Complete') return 'complete';
  if (isEsignonWorkflowOver(after.status)) return 'canceled';
  const callback = after.lastCallback;
  const newCallback = callback && callback.actionId !== before.lastCallback?.actionId;
  return newCallback && callback.workType === 'RT' ? 'returned' : 'signed';
}

/** What a page's message seemed to say. Only ever a reason to read the workflow again now. */
export interface EsignonPageHint {
  /** A status-like word (`Complete`, `CF`…), when the message had one. */
  readonly status?: string;
  /** A workflow id, when the message named one. */
  readonly workflowId?: string;
}

const statusKeys = ['status', 'workflow_status', 'workflowStatus', 'result', 'worktype', 'type'];
const idKeys = ['workflowId', 'workflow_id', 'wfuid', 'wfluid', 'id'];

/**
 * Reads whatever eSignon's page posted to its opener, never throwing. Its payload is undocumented
 * (https://developer.esignon.net/ names the `callback_fn` event, not its data) and an integrator
 * found it unreliable, so any shape is taken: an object (`status`, `workflow_status`, `wfuid`…), a
 * JSON string, a bare word (`"Complete"`, `"{Complete}"`). Unknown shapes give `{}`.
 *
 * @example
 * ```ts
 * readEsignonPageMessage({ source: 'esignon-sandbox', status: 'Complete', workflowId: '42' }) // { status: 'Complete', workflowId: '42' }
 * readEsignonPageMessage('{Complete}') // { status: 'Complete' }
 * ```
 */
export function readEsignonPageMessage(data: unknown): EsignonPageHint {
  try {
    if (typeof data === 'string') {
      const text = data.trim();
      if (text.startsWith('{') && text.includes(':')) return readEsignonPageMessage(JSON.parse(text));
      const word = text.replace(/^\{(.*)\}$/, '$1').trim();
      return /^[\w-]{1,40}$/.test(word) ? { status: word } : {};
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    const record = data as Record<string, unknown>;
    const status = firstText(record, statusKeys);
    const workflowId = firstText(record, idKeys);
    return { ...(status ? { status } : {}), ...(workflowId ? { workflowId } : {}) };
  } catch {
    return {};
  }
}

function firstText(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') {
      return String(value).trim().slice(0, 100);
    }
  }
  return undefined;
}

import { integer, isRecord, text, unwrapBody } from '../read.js';
import { hasEsignonDocuments } from '../status.js';
import type { EsignonHistoryEntry, EsignonWorkflow, EsignonWorkflowSigner } from '../types.js';

/**
 * Reads a v2 workflow answer (its `body`, or the whole `{ header, body }`) into the kit's
 * workflow, without what the proxy kept from callbacks (`withEsignonState` adds that):
 * `nextSigner` and `lastCallback` are absent and `signingUrlAvailable` is `false`.
 * https://api.esignon.net/workflow/view/workflowinfo
 *
 * Tolerant: ids and counts may be numbers or text; a missing list is empty; the signers are put
 * in signing order. `undefined` when there is no `workflow_id`.
 *
 * @example
 * ```ts
 * fromWorkflowBody({ workflow_id: '12584', workflow_name: '근로계약서', workflow_status: 'Playing',
 *   owner_list: [{ action_id: '1', turn_yn: 'Y', name: '홍길동', email: 'a@example.com' }] })?.signers
 * // [{ order: 1, name: '홍길동', contact: 'a@example.com', turn: true }]
 * ```
 */
export function fromWorkflowBody(answer: unknown): EsignonWorkflow | undefined {
  const body = unwrapBody(answer);
  const workflowId = text(body?.workflow_id);
  if (!body || !workflowId) return undefined;
  // Our reading: a read without a status is still in progress (eSignon always prints one).
  const status = text(body.workflow_status)?.replace(/^\{|\}$/g, '') ?? 'Playing';
  return {
    workflowId,
    title: text(body.workflow_name) ?? '',
    status,
    ...optional('createdAt', text(body.create_date)),
    ...optional('updatedAt', text(body.last_modify_date)),
    ...optional('expiresOn', text(body.expiry_date)),
    ...optional('currentStep', integer(body.current_action_id)),
    ...optional('totalSteps', integer(body.total_action_count)),
    signers: records(body.owner_list)
      .map(readSigner)
      .sort((a, b) => a.order - b.order),
    history: records(body.action_history_list).map(readHistoryEntry),
    signingUrlAvailable: false,
    documentsAvailable: hasEsignonDocuments(status),
  };
}

function readSigner(owner: Record<string, unknown>, index: number): EsignonWorkflowSigner {
  return {
    order: integer(owner.action_id) ?? index + 1,
    name: text(owner.name) ?? '',
    ...optional('contact', text(owner.email) ?? text(owner.phone_number)),
    turn: text(owner.turn_yn)?.toUpperCase() === 'Y',
  };
}

function readHistoryEntry(entry: Record<string, unknown>): EsignonHistoryEntry {
  return {
    code: text(entry.step_code) ?? '',
    ...optional('actionId', text(entry.action_id)),
    ...optional('at', text(entry.confirm_date)),
    ...optional('name', text(entry.name)),
    ...optional('contact', text(entry.confirm_email)),
    ...optional('comment', text(entry.comment)),
  };
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** `{ [key]: value }` when there is a value, `{}` otherwise (the shapes use absent, not `undefined`). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

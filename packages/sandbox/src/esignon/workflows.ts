import { randomToken } from '../domain/ids.js';
import type { EsignonContext } from './context.js';
import type { EsignonHistoryEntry, EsignonSigner, EsignonWorkflow } from './model.js';
import type { StartRequest } from './startValidation.js';

/** The page URL of a signer (`play_url`): `<base>/mail/sign?token=…`. */
export function playUrl(workflow: EsignonWorkflow, signer: EsignonSigner): string {
  return `${workflow.baseUrl}/mail/sign?token=${signer.token}`;
}

/** The signer whose turn it is, if the workflow is in progress. */
export function currentSigner(workflow: EsignonWorkflow): EsignonSigner | undefined {
  return workflow.status === 'Playing' ? workflow.signers.find((signer) => signer.state === 'current') : undefined;
}

/** A workflow by id (deleted ones included; callers decide). */
export function findWorkflow(context: EsignonContext, workflowId: string): EsignonWorkflow | undefined {
  return context.state.workflows.find((workflow) => workflow.workflowId === workflowId);
}

/** Records a started workflow: the first signer's turn, a `WORKFLOW_START` history entry. */
export function createWorkflow(context: EsignonContext, request: StartRequest, baseUrl: string): EsignonWorkflow {
  const at = context.now().toISOString();
  const { options, state } = context;
  const workflow: EsignonWorkflow = {
    workflowId: String(state.counters.workflow++),
    companyId: options.companyId,
    baseUrl,
    title: request.title,
    templateId: request.template.id,
    starterEmail: options.email,
    language: request.language,
    comment: request.comment,
    ...(request.expiresOn ? { expiresOn: request.expiresOn } : {}),
    status: 'Playing',
    deleted: false,
    createdAt: at,
    updatedAt: at,
    signers: request.signers.map((signer, index) => ({
      ...signer,
      token: randomToken(24),
      state: index === 0 ? 'current' : 'waiting',
    })),
    cc: request.cc,
    fields: request.fields.map((field) => ({ ...field })),
    history: [],
    starterToken: randomToken(24),
    ...(request.exportApi ? { exportApi: request.exportApi } : {}),
  };
  addHistory(workflow, {
    stepCode: 'WORKFLOW_START',
    actionId: '0',
    at,
    name: options.memberName,
    email: options.email,
    comment: request.comment,
  });
  const first = workflow.signers[0] as EsignonSigner;
  addHistory(workflow, {
    stepCode: 'SIGN_REQ',
    actionId: '1',
    at,
    name: first.name,
    email: first.contact,
    comment: '',
  });
  state.workflows.push(workflow);
  return workflow;
}

/** Appends to `action_history_list`. */
export function addHistory(workflow: EsignonWorkflow, entry: EsignonHistoryEntry): void {
  workflow.history.push(entry);
}

import type { CallbackEvent } from './callbackPayload.js';
import { callbackPayload } from './callbackPayload.js';
import type { EsignonContext } from './context.js';
import { mintFileLink } from './files.js';
import type { EsignonSigner, EsignonWorkflow } from './model.js';
import { addHistory, playUrl } from './workflows.js';

/** What a signer does on the page: approve (`CF`) or return (`RT`). */
export type EsignonWorkType = 'CF' | 'RT';

/** Why a step could not be taken. */
export type StepRefusal = 'not-in-progress' | 'not-this-signers-turn';

/**
 * A signer approves (`CF`) or returns (`RT`) their step. Approving hands the turn to the next
 * signer (`Playing`) or finishes the workflow (`Complete`). Our reading: the docs do not say what
 * a return does after the first step (https://api.esignon.net/workflow/start/exportapi says a
 * first-step return cancels); the sandbox ends the workflow as `Canceled` on any return.
 * Sends the callback the workflow asked for.
 */
export function takeStep(
  context: EsignonContext,
  workflow: EsignonWorkflow,
  signer: EsignonSigner,
  workType: EsignonWorkType,
  opinion = '',
): StepRefusal | undefined {
  if (workflow.status !== 'Playing') return 'not-in-progress';
  if (signer.state !== 'current') return 'not-this-signers-turn';
  const now = context.now();
  const at = now.toISOString();
  const actionId = String(signer.order);
  signer.state = workType === 'CF' ? 'approved' : 'returned';
  signer.actedAt = at;
  signer.opinion = opinion;
  workflow.updatedAt = at;
  const acted = { actionId, at, name: signer.name, email: signer.contact, comment: opinion };
  const base = { workType, actionId, userEmail: signer.contact, userName: signer.name, opinion, at: now };
  let event: CallbackEvent;
  if (workType === 'RT') {
    addHistory(workflow, { stepCode: 'SIGN_RETURN', ...acted });
    addHistory(workflow, { stepCode: 'WORKFLOW_REJECT', ...acted });
    workflow.status = 'Canceled';
    event = { ...base, status: 'Canceled' };
  } else {
    addHistory(workflow, { stepCode: 'SIGN_COMPLETE', ...acted });
    const next = workflow.signers.find((candidate) => candidate.order === signer.order + 1);
    if (next) {
      next.state = 'current';
      addHistory(workflow, {
        stepCode: 'SIGN_REQ',
        actionId: String(next.order),
        at,
        name: next.name,
        email: next.contact,
        comment: '',
      });
      event = { ...base, status: 'Playing', next: { signer: next, playUrl: playUrl(workflow, next) } };
    } else {
      workflow.status = 'Complete';
      addHistory(workflow, { stepCode: 'WORKFLOW_COMPLETE', ...acted, comment: '' });
      const attachment = workflow.exportApi?.linkType === 'download';
      // Our reading: callback links do not expire (only the download-URL API states a lifetime).
      workflow.documentLinks = {
        document: mintFileLink(context, workflow, 'document', { attachment }),
        certificate: mintFileLink(context, workflow, 'certificate', { attachment }),
      };
      event = {
        ...base,
        status: 'Complete',
        documents: { downloadUrl: workflow.documentLinks.document, certUrl: workflow.documentLinks.certificate },
      };
    }
  }
  // `StartAndEnd`: only the first step and the end are reported.
  const firstOrLast = signer.order === 1 || event.status !== 'Playing';
  if (workflow.exportApi?.apiType === 'ALL' || firstOrLast) sendCallback(context, workflow, event);
  return undefined;
}

/**
 * Cancels a workflow in progress (`1510Q CANCEL`). Our reading: eSignon's legacy docs send no
 * callback for a cancel (v3 adds cancel events); the sandbox sends `status: "Canceled"` with
 * `worktype: "RT"` for the current step, the starter as the actor.
 */
export function cancelWorkflow(
  context: EsignonContext,
  workflow: EsignonWorkflow,
  comment: string,
): StepRefusal | undefined {
  if (workflow.status !== 'Playing') return 'not-in-progress';
  const now = context.now();
  const at = now.toISOString();
  const current = workflow.signers.find((signer) => signer.state === 'current');
  const actionId = String(current?.order ?? 0);
  if (current) current.state = 'waiting';
  workflow.status = 'Canceled';
  workflow.updatedAt = at;
  const { email, memberName } = context.options;
  addHistory(workflow, { stepCode: 'WORKFLOW_CANCEL', actionId, at, name: memberName, email, comment });
  sendCallback(context, workflow, {
    status: 'Canceled',
    workType: 'RT',
    actionId,
    userEmail: email,
    userName: memberName,
    opinion: comment,
    at: now,
  });
  return undefined;
}

function sendCallback(context: EsignonContext, workflow: EsignonWorkflow, event: CallbackEvent): void {
  context.callbacks.send(workflow, {
    workflowId: workflow.workflowId,
    status: event.status,
    workType: event.workType,
    actionId: event.actionId,
    payload: callbackPayload(workflow, event),
  });
}

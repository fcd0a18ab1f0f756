import type { EsignonContext } from './context.js';
import { guardCall } from './guard.js';
import { resultMessage } from './resultMessages.js';
import { cancelWorkflow } from './steps.js';
import { failed, messageLanguage, readEnvelope, succeeded, text } from './wire.js';
import { findWorkflow } from './workflows.js';

const responseCode = '1510A';

/**
 * `POST /JEDOC/Common.do`, code `1510Q` (https://api.esignon.net/workflow/modify/cancel), body
 * `{ comp_id, biz_id, memb_email, workflow_id, command }`: `CANCEL` a workflow in progress,
 * `DISPOSAL` a completed one (needs `description` and `timezone_offset`), `DELETE` a cancelled
 * one (hidden from the read). `11` for a missing value or a wrong state. Our reading: an unknown
 * workflow is a missing value too (`11`).
 */
export async function handleCommon(request: Request, url: URL, context: EsignonContext): Promise<Response> {
  const language = messageLanguage(url);
  const guard = guardCall(request, context, '1510Q', responseCode, language);
  if (!guard.ok) return guard.response;
  const envelope = await readEnvelope(request);
  const wrong = () => failed(responseCode, '11', resultMessage('1510Q', '11'), language);
  // Our reading: Common.do serves other codes too (1429Q resend); the sandbox speaks 1510Q only.
  if (!envelope.ok || envelope.header.request_code !== '1510Q') return wrong();
  const workflow = findWorkflow(context, text(envelope.body, 'workflow_id') ?? '');
  if (!workflow || workflow.deleted) return wrong();
  const command = text(envelope.body, 'command');
  const now = context.now().toISOString();
  if (command === 'CANCEL') {
    if (cancelWorkflow(context, workflow, text(envelope.body, 'description') ?? '')) return wrong();
  } else if (command === 'DISPOSAL') {
    const description = text(envelope.body, 'description');
    if (workflow.status !== 'Complete' || !description || !text(envelope.body, 'timezone_offset')) return wrong();
    workflow.status = 'Disposal';
    workflow.updatedAt = now;
    const { email, memberName } = context.options;
    workflow.history.push({
      stepCode: 'DISPOSAL',
      actionId: '0',
      at: now,
      name: memberName,
      email,
      comment: description,
    });
  } else if (command === 'DELETE') {
    if (workflow.status !== 'Canceled') return wrong();
    workflow.deleted = true;
    workflow.updatedAt = now;
  } else {
    return wrong();
  }
  return succeeded(responseCode, language, {
    comp_id: workflow.companyId,
    workflow_id: workflow.workflowId,
    workflow_status: workflow.status,
  });
}

import type { EsignonContext } from './context.js';
import { guardCall } from './guard.js';
import type { EsignonWorkflow } from './model.js';
import { resultMessage } from './resultMessages.js';
import { formatAt, kstOffsetMinutes, parseOffset } from './time.js';
import { failed, messageLanguage, succeeded } from './wire.js';
import { currentSigner, findWorkflow } from './workflows.js';

/**
 * Our reading: the v2 page shows no `response_code` value; the sandbox answers with this one.
 */
const responseCode = 'WORKFLOW_INFO';

/**
 * `GET /api/v2/workflows/:workflowId?offset=±hh:mm` (https://api.esignon.net/workflow/view/workflowinfo):
 * the workflow as the §3.3 body, times at `offset` (default `+09:00`). `10` when no workflow has
 * that id (or it was deleted). Our reading: a malformed offset answers `-1`; ids, step numbers
 * and counts are strings, as in the legacy API; `field_list` entries add `field_name`.
 */
export function handleRead(request: Request, url: URL, workflowId: string, context: EsignonContext): Response {
  const language = messageLanguage(url);
  const guard = guardCall(request, context, 'workflows.read', responseCode, language);
  if (!guard.ok) return guard.response;
  // An unencoded `+` arrives as a space; read it as the `+` the caller meant.
  const offset = parseOffset((url.searchParams.get('offset') ?? '+09:00').replace(/^ /, '+'));
  if (offset === undefined) {
    return failed(
      responseCode,
      '-1',
      { ko: 'offset 형식이 올바르지 않습니다 (±hh:mm).', en: 'Bad offset (±hh:mm).' },
      language,
    );
  }
  const workflow = findWorkflow(context, workflowId);
  if (!workflow || workflow.deleted) return failed(responseCode, '10', resultMessage('workflows.read', '10'), language);
  return succeeded(responseCode, language, workflowBody(workflow, context, offset));
}

/** The §3.3 body of a workflow. */
export function workflowBody(workflow: EsignonWorkflow, context: EsignonContext, offset = kstOffsetMinutes) {
  const at = (iso: string) => formatAt(iso, offset);
  const current = currentSigner(workflow);
  const links = workflow.documentLinks;
  return {
    workflow_id: workflow.workflowId,
    workflow_name: workflow.title,
    workflow_status: workflow.status,
    workflow_type: 'WEBTYPE',
    last_modify_date: at(workflow.updatedAt),
    expiry_date: workflow.expiresOn ?? '',
    create_date: at(workflow.createdAt),
    creator_email: workflow.starterEmail,
    creator_name: context.options.memberName,
    biz_id: '0',
    biz_name: '전체',
    action_history_list: workflow.history.map((entry) => ({
      step_code: entry.stepCode,
      action_id: entry.actionId,
      confirm_date: at(entry.at),
      name: entry.name,
      confirm_email: entry.email,
      comment: entry.comment,
    })),
    current_action_id: current ? String(current.order) : '',
    total_action_count: String(workflow.signers.length),
    certificate_url: links?.certificate ?? '',
    download_url: links?.document ?? '',
    view_url: `${workflow.baseUrl}/mail/sign?token=${workflow.starterToken}`,
    referer_list: workflow.cc.map((person) => ({ name: person.name, type: 'referer', email: person.contact })),
    field_list: workflow.fields.map((field) => {
      const owner = templateOwner(workflow, field.name, context);
      const signer = workflow.signers.find((candidate) => candidate.order === owner);
      return {
        action_id: String(owner),
        field_owner: String(owner),
        field_name: field.name,
        field_value: field.value,
        email: signer?.contact ?? '',
      };
    }),
    owner_list: workflow.signers.map((signer) => ({
      action_id: String(signer.order),
      turn_yn: signer === current ? 'Y' : 'N',
      name: signer.name,
      email: signer.contact,
      phone_number: signer.mobileNumber ?? '',
      cert_mobile_yn: signer.mobileNumber ? 'Y' : 'N',
      cert_password_yn: signer.password ? 'Y' : 'N',
      password_hint: signer.passwordHint ?? '',
    })),
  };
}

function templateOwner(workflow: EsignonWorkflow, fieldName: string, context: EsignonContext): number {
  const template = context.options.templates.find((candidate) => candidate.id === workflow.templateId);
  return template?.fields.find((field) => field.name === fieldName)?.owner ?? 1;
}

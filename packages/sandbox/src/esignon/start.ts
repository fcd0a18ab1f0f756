import type { EsignonContext } from './context.js';
import { guardCall } from './guard.js';
import { resultMessage } from './resultMessages.js';
import { checkStartRequest } from './startValidation.js';
import { failed, messageLanguage, readEnvelope, succeeded } from './wire.js';
import { createWorkflow, playUrl } from './workflows.js';

const responseCode = '5005A';

/**
 * `POST /api/{companyId}/startsimple`, code `5005Q`
 * (https://api.esignon.net/workflow/start/nonfacestart): starts a workflow from a template.
 * The sandbox never sends e-mail or KakaoTalk; in embed mode (`export_api_info.request_code:
 * "embed"`) the answer also carries the first signer's page, as integrators observe it:
 * `play_url`, `next_play_user`, `next_play_user_name` (undocumented). `11` for an unreadable
 * body, `-1`/`19`/`20` for what the check refuses.
 */
export async function handleStart(
  request: Request,
  url: URL,
  companyId: string,
  base: string,
  context: EsignonContext,
) {
  const language = messageLanguage(url);
  const guard = guardCall(request, context, '5005Q', responseCode, language, companyId);
  if (!guard.ok) return guard.response;
  const envelope = await readEnvelope(request);
  if (!envelope.ok || envelope.header.request_code !== '5005Q') {
    return failed(responseCode, '11', resultMessage('5005Q', '11'), language);
  }
  const checked = checkStartRequest(envelope.body, context);
  if (!checked.ok) return failed(responseCode, checked.resultCode, checked.message, language);
  const start = checked.value;
  if (start.preview) {
    // https://api.esignon.net/workflow/start/nonfacestart: a preview starts nothing.
    return succeeded(responseCode, language, {
      preview_url: `${base}/mail/preview?doc_id=${encodeURIComponent(start.template.id)}`,
    });
  }
  const workflow = createWorkflow(context, start, base);
  const first = workflow.signers[0];
  const embed = workflow.exportApi?.requestCode === 'embed';
  return succeeded(responseCode, language, {
    comp_id: workflow.companyId,
    biz_id: '0',
    memb_email: workflow.starterEmail,
    workflow_id: workflow.workflowId,
    workflow_name: workflow.title,
    token: workflow.starterToken,
    lang: workflow.language,
    ...(embed && first
      ? { play_url: playUrl(workflow, first), next_play_user: first.contact, next_play_user_name: first.name }
      : {}),
  });
}

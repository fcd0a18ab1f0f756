import type { EsignonContext } from './context.js';
import { mintFileLink } from './files.js';
import { guardCall } from './guard.js';
import { resultMessage } from './resultMessages.js';
import { failed, messageLanguage, readJsonObject, succeeded, text } from './wire.js';
import { findWorkflow } from './workflows.js';

/** Download URLs live 5 minutes (https://api.esignon.net/workflow/downloadurl). */
export const downloadLinkLifetimeMs = 5 * 60_000;

/** Our reading: the page shows no `response_code` value; the sandbox answers with this one. */
const responseCode = 'DOWNLOAD';

/**
 * `POST /workflow/download`, body `{ workflow_id, client_id? }` (Our reading: a flat body, as the
 * docs show it, no header/body envelope): fresh `doc_url` and `cert_url` of a completed workflow,
 * valid 5 minutes on the sandbox clock, then refused (410). Our reading: `10` for an unknown
 * workflow, `11` for one not complete (the docs list no codes for this call).
 */
export async function handleDownload(request: Request, url: URL, context: EsignonContext): Promise<Response> {
  const language = messageLanguage(url);
  const guard = guardCall(request, context, 'workflow.download', responseCode, language);
  if (!guard.ok) return guard.response;
  const body = await readJsonObject(request);
  const workflowId = body ? (text(body, 'workflow_id') ?? numberText(body.workflow_id)) : undefined;
  const workflow = workflowId ? findWorkflow(context, workflowId) : undefined;
  if (!workflow || workflow.deleted)
    return failed(responseCode, '10', resultMessage('workflow.download', '10'), language);
  if (workflow.status !== 'Complete')
    return failed(responseCode, '11', resultMessage('workflow.download', '11'), language);
  const options = { lifetimeMs: downloadLinkLifetimeMs, attachment: true };
  return succeeded(responseCode, language, {
    doc_url: mintFileLink(context, workflow, 'document', options),
    cert_url: mintFileLink(context, workflow, 'certificate', options),
    workflow_name: workflow.title,
  });
}

function numberText(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : undefined;
}

import type { EsignonSigner, EsignonWorkflow } from './model.js';
import { formatWorkDateTime } from './time.js';

/** What happened, for the payload: who acted, how, and where the workflow now stands. */
export interface CallbackEvent {
  readonly status: 'Playing' | 'Complete' | 'Canceled';
  readonly workType: 'CF' | 'RT';
  /** The step acted on (`actionid` / `processid`). */
  readonly actionId: string;
  /** The acting signer's contact and name (the starter for an API cancel). */
  readonly userEmail: string;
  readonly userName: string;
  readonly opinion: string;
  readonly at: Date;
  /** The signer whose turn it is now (`status: "Playing"`). */
  readonly next?: { readonly signer: EsignonSigner; readonly playUrl: string };
  /** The finished documents (`status: "Complete"`). */
  readonly documents?: { readonly downloadUrl: string; readonly certUrl: string };
}

/**
 * A legacy ExportAPI callback body (https://api.esignon.net/workflow/start/exportapi): every
 * value a string, `wfluid` spelled so and `"0"` as in every example, `header.session_id`
 * `"S1001"` as in every example. In embed mode (`request_code: "embed"`) it adds `user_name`,
 * and `next_play_user` / `next_user_name` / `play_url` while Playing, `download_url` /
 * `cert_url` when Complete. Our reading: a `Canceled` body (never shown by the docs) carries the
 * base fields and `user_name`.
 */
export function callbackPayload(
  workflow: EsignonWorkflow,
  event: CallbackEvent,
): { header: Record<string, string>; body: Record<string, string> } {
  const exportApi = workflow.exportApi;
  const requestCode = exportApi?.requestCode ?? '';
  const body: Record<string, string> = {
    wfluid: '0',
    clientid: exportApi?.clientId ?? '',
    processid: event.actionId,
    requestid: requestCode,
    actionid: event.actionId,
    workdatetime: formatWorkDateTime(event.at),
    worktype: event.workType,
    wfuid: workflow.workflowId,
    useremail: event.userEmail,
    opinion: event.opinion,
    status: event.status,
  };
  for (const param of exportApi?.requestParams ?? []) {
    const filled = param.fieldNames
      .map((name) => workflow.fields.find((field) => field.name === name)?.value)
      .find((value) => value !== undefined && value !== '');
    body[param.paramId] = filled ?? param.paramValue;
  }
  if (requestCode === 'embed') {
    body.user_name = event.userName;
    if (event.status === 'Playing' && event.next) {
      body.next_play_user = event.next.signer.contact;
      body.next_user_name = event.next.signer.name;
      body.play_url = event.next.playUrl;
    }
    if (event.status === 'Complete' && event.documents) {
      body.download_url = event.documents.downloadUrl;
      body.cert_url = event.documents.certUrl;
    }
  }
  return { header: { api_name: 'export', session_id: 'S1001', request_code: requestCode }, body };
}

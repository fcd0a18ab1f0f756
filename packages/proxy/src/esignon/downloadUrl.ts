import type { EsignonDocument } from '@esign-kit/core/esignon';
import { type EsignonUpstreamWire, fromDownloadAnswer, toDownloadBody } from '@esign-kit/core/esignon/server';
import type { VendorCall, VendorCallContext, VendorResult } from '../vendor/Vendor.js';
import { callEsignon } from './callEsignon.js';
import { esignonError } from './esignonErrors.js';
import type { ResolvedEsignonOptions } from './options.js';
import type { EsignonSession } from './session.js';

/**
 * A link to the signed document or its audit-trail certificate (`POST workflow/download`,
 * https://api.esignon.net/workflow/downloadurl). eSignon's links live 5 minutes, so one is
 * minted for every click and never cached or stored. Our reading: the body is a flat
 * `{ workflow_id }` (the page prints no envelope for it).
 */
export async function downloadUrl(
  options: ResolvedEsignonOptions,
  session: EsignonSession,
  wire: EsignonUpstreamWire,
  call: VendorCall,
  context: VendorCallContext,
): Promise<VendorResult> {
  const input = call.input as { workflowId: string; document?: EsignonDocument };
  const body = toDownloadBody(input);
  // Minting a link changes nothing: safe to send again after a network error or a 5xx.
  const result = await callEsignon(options, session, context.send, {
    wire,
    context: 'download',
    input: {},
    body,
    retry: true,
  });
  if (result.ok === false) return result;
  const data = fromDownloadAnswer(result.body, input.document ?? 'signed');
  // Our reading: eSignon documents no failure code here; a success without the link means the document is not there yet.
  return data ? { ok: true, data } : esignonError('ESIGNON_DOCUMENTS_NOT_READY');
}

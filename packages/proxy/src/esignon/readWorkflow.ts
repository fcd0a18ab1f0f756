import { type EsignonUpstreamWire, fromWorkflowBody, withEsignonState } from '@esign-kit/core/esignon/server';
import type { VendorCall, VendorCallContext, VendorResult } from '../vendor/Vendor.js';
import { callEsignon } from './callEsignon.js';
import type { ResolvedEsignonOptions } from './options.js';
import { invalid } from './readAnswer.js';
import type { EsignonSession } from './session.js';
import { readWorkflowState, workflowStateKey } from './workflowState.js';

/**
 * Reads a workflow (`GET api/v2/workflows/:id?offset=+09:00`,
 * https://api.esignon.net/workflow/view/workflowinfo) and merges what the proxy kept from the
 * start answer and the callbacks (core's `withEsignonState`): who signs next, whether a signing
 * page is kept, the latest callback. eSignon's own URLs in the answer (`download_url`,
 * `certificate_url`, `view_url`) are not passed on: documents open through `download-url`,
 * minted per click.
 */
export async function readWorkflow(
  options: ResolvedEsignonOptions,
  session: EsignonSession,
  wire: EsignonUpstreamWire,
  call: VendorCall,
  context: VendorCallContext,
): Promise<VendorResult> {
  const input = call.input as { workflowId: string };
  const result = await callEsignon(options, session, context.send, { wire, context: 'read', input, retry: true });
  if (result.ok === false) return result;
  const read = fromWorkflowBody(result.body);
  if (!read) {
    context.report(
      'ESIGN_KIT_UPSTREAM_INVALID_RESPONSE',
      502,
      'eSignon answered the v2 read "00" without a workflow_id.',
    );
    return invalid(200);
  }
  const kept = await readWorkflowState(context.store, workflowStateKey(options.companyId, input.workflowId));
  return { ok: true, data: withEsignonState(read, kept) };
}

import { type EsignonUpstreamWire, toCancelBody } from '@esign-kit/core/esignon/server';
import type { VendorCall, VendorCallContext, VendorResult } from '../vendor/Vendor.js';
import { callEsignon } from './callEsignon.js';
import type { ResolvedEsignonOptions } from './options.js';
import type { EsignonSession } from './session.js';
import { keepWorkflowState, readWorkflowState, workflowStateKey } from './workflowState.js';

/**
 * Cancels a workflow in progress (`1510Q`, `command: "CANCEL"`,
 * https://api.esignon.net/workflow/modify/cancel). `11` (missing value or wrong state: already
 * complete or cancelled) is `ESIGNON_WRONG_STATE`. The kept signing page is dropped at once, so
 * `signing-url` stops answering even before eSignon's callback (if any) arrives.
 */
export async function cancelWorkflow(
  options: ResolvedEsignonOptions,
  session: EsignonSession,
  wire: EsignonUpstreamWire,
  call: VendorCall,
  context: VendorCallContext,
): Promise<VendorResult> {
  const { workflowId } = call.input as { workflowId: string };
  const body = toCancelBody({ workflowId }, { companyId: options.companyId, memberEmail: options.email });
  const result = await callEsignon(options, session, context.send, {
    wire,
    context: 'cancel',
    input: {},
    body,
    retry: false,
  });
  if (result.ok === false) return result;
  const key = workflowStateKey(options.companyId, workflowId);
  const stored = await readWorkflowState(context.store, key);
  // Our reading: eSignon may send no callback for a cancel made through the API (the docs show none).
  await keepWorkflowState(context.store, key, { workflowId, status: 'Canceled', actionId: stored?.actionId ?? '0' });
  return { ok: true, data: { workflowId, status: 'Canceled' } };
}

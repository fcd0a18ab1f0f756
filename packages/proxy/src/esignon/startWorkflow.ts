import type { EsignonStartWorkflowInput } from '@esign-kit/core/esignon';
import { type EsignonUpstreamWire, fromStartAnswer, toStartSimpleBody } from '@esign-kit/core/esignon/server';
import type { VendorCall, VendorCallContext, VendorResult } from '../vendor/Vendor.js';
import { callEsignon } from './callEsignon.js';
import type { ResolvedEsignonOptions } from './options.js';
import { invalid } from './readAnswer.js';
import type { EsignonSession } from './session.js';
import { keepWorkflowState, workflowStateKey } from './workflowState.js';

/**
 * Starts a workflow in embed mode (`5005Q`, https://api.esignon.net/workflow/start/nonfacestart):
 * eSignon sends no mail; its callbacks come to the proxy's callback route. The first signer's
 * page (`play_url`, observed in embed-mode answers, not documented) is kept in the store for
 * `signing-url`; the browser gets the workflow id, title and first signer only.
 * `onWorkflowStarted` runs before the answer, so the app records who owns the workflow before
 * anyone can ask for it.
 */
export async function startWorkflow(
  options: ResolvedEsignonOptions,
  session: EsignonSession,
  wire: EsignonUpstreamWire,
  call: VendorCall,
  context: VendorCallContext,
): Promise<VendorResult> {
  const input = call.input as EsignonStartWorkflowInput;
  const body = toStartSimpleBody(input, {
    memberEmail: options.email,
    callback: { url: options.callbackUrl, authorization: options.callbackAuthorization },
  });
  // Never sent twice: a start that timed out may still have created a workflow.
  const result = await callEsignon(options, session, context.send, {
    wire,
    context: 'start',
    input: {},
    body,
    retry: false,
  });
  if (result.ok === false) return result;
  const started = fromStartAnswer(result.body, input.title);
  if (!started) {
    context.report('ESIGN_KIT_UPSTREAM_INVALID_RESPONSE', 502, 'eSignon answered 5005Q "00" without a workflow_id.');
    return invalid(200);
  }
  const { workflowId } = started.data;
  await keepWorkflowState(context.store, workflowStateKey(options.companyId, workflowId), started.state);
  if (options.onWorkflowStarted) {
    try {
      await options.onWorkflowStarted({ request: call.request, workflowId, input });
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      context.report(
        'ESIGN_KIT_INTERNAL',
        500,
        `onWorkflowStarted threw for workflow ${workflowId}, which was started: ${detail}`,
      );
    }
  }
  return { ok: true, data: started.data };
}

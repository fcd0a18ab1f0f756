import { isEsignonWorkflowOver } from '@esign-kit/core/esignon';
import type { VendorCall, VendorCallContext, VendorResult } from '../vendor/Vendor.js';
import { esignonError } from './esignonErrors.js';
import type { ResolvedEsignonOptions } from './options.js';
import { readWorkflowState, workflowStateKey } from './workflowState.js';

/**
 * The current signer's page, from the store: the start answer's `play_url`, replaced by each
 * callback's. The legacy API has no call that mints one, so eSignon is not called; when none is
 * known (not started through this proxy, over, or cancelled) the answer is 404
 * `ESIGNON_NO_SIGNING_URL`.
 */
export async function signingUrl(
  options: ResolvedEsignonOptions,
  call: VendorCall,
  context: VendorCallContext,
): Promise<VendorResult> {
  const { workflowId } = call.input as { workflowId: string };
  const kept = await readWorkflowState(context.store, workflowStateKey(options.companyId, workflowId));
  if (!kept?.playUrl || isEsignonWorkflowOver(kept.status)) return esignonError('ESIGNON_NO_SIGNING_URL');
  return { ok: true, data: { url: kept.playUrl } };
}

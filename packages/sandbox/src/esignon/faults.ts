import type { EsignonCall, EsignonState } from './model.js';

/** Every call `failNext` accepts. */
export const esignonCalls: readonly EsignonCall[] = ['1001Q', '5005Q', '1510Q', 'workflows.read', 'workflow.download'];

/**
 * Makes the next `times` calls answer `resultCode` instead of doing anything (before the token
 * is checked, so `"94"` tries a token refusal). Any code of one to three digits, optionally
 * negative, is accepted: the documented ones, and others to try how a reader treats an unknown
 * code. Returns why it cannot, or `undefined` when done.
 */
export function injectEsignonFailure(
  state: EsignonState,
  call: string,
  resultCode: string,
  times = 1,
): string | undefined {
  if (!esignonCalls.includes(call as EsignonCall)) return `call must be one of ${esignonCalls.join(', ')}.`;
  if (!/^-?\d{1,3}$/.test(resultCode) || resultCode === '00') {
    return 'resultCode must be a result_code other than "00", such as "13" or "-1".';
  }
  if (!Number.isInteger(times) || times < 1) return 'times must be an integer of at least 1.';
  state.injectedFailures.push({ call: call as EsignonCall, resultCode, remaining: times });
  return undefined;
}

/** The forced `result_code` for this call, if one waits (it is used up). */
export function takeEsignonFailure(state: EsignonState, call: EsignonCall): string | undefined {
  const index = state.injectedFailures.findIndex((entry) => entry.call === call);
  const entry = state.injectedFailures[index];
  if (!entry) return undefined;
  entry.remaining -= 1;
  if (entry.remaining <= 0) state.injectedFailures.splice(index, 1);
  return entry.resultCode;
}

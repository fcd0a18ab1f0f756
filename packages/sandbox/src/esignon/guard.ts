import type { EsignonContext } from './context.js';
import { takeEsignonFailure } from './faults.js';
import type { EsignonAccessToken, EsignonCall } from './model.js';
import { resultMessage, tokenRefused } from './resultMessages.js';
import { authorizedToken } from './tokens.js';
import { type EsignonMessageLanguage, failed } from './wire.js';

/**
 * What every call after login checks first: a forced failure (`failNext`), then the token.
 * Our reading (the docs are silent on an expired token): POST endpoints answer HTTP 200 with
 * `result_code` `"94"` (the code the cancel page gives a bad auth key); the v2 GET answers HTTP
 * 401 with the same envelope. A forced `"94"` on the v2 GET answers 401 too.
 */
export function guardCall(
  request: Request,
  context: EsignonContext,
  call: EsignonCall,
  responseCode: string,
  language: EsignonMessageLanguage,
  companyId?: string,
): { ok: true; token: EsignonAccessToken } | { ok: false; response: Response } {
  const refusedStatus = call === 'workflows.read' ? 401 : 200;
  const forced = takeEsignonFailure(context.state, call);
  if (forced) {
    const status = forced === '94' ? refusedStatus : 200;
    return { ok: false, response: failed(responseCode, forced, resultMessage(call, forced), language, status) };
  }
  const token = authorizedToken(request, context, companyId);
  if (!token) return { ok: false, response: failed(responseCode, '94', tokenRefused, language, refusedStatus) };
  return { ok: true, token };
}

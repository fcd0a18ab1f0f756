import { randomToken } from '../domain/ids.js';
import type { EsignonContext } from './context.js';
import type { EsignonAccessToken } from './model.js';

/** Issues an access token for the member, living `tokenTtlMs` on the sandbox clock. */
export function issueAccessToken(context: EsignonContext): EsignonAccessToken {
  const token: EsignonAccessToken = {
    token: randomToken(32),
    companyId: context.options.companyId,
    email: context.options.email,
    expiresAt: context.now().getTime() + context.options.tokenTtlMs,
  };
  context.state.tokens.set(token.token, token);
  return token;
}

/**
 * The live token a request carries in `Authorization: esignon <token>` (the word, one space,
 * the token: https://api.esignon.net/issued/token), or `undefined` when it is missing, unknown,
 * expired or for another company. The v2 pages name the header `Authentication`; integrators
 * send `Authorization`. Both are read.
 */
export function authorizedToken(
  request: Request,
  context: EsignonContext,
  companyId = context.options.companyId,
): EsignonAccessToken | undefined {
  const header = request.headers.get('authorization') ?? request.headers.get('authentication') ?? '';
  const match = /^esignon ([\w-]+)$/.exec(header);
  const token = match ? context.state.tokens.get(match[1] as string) : undefined;
  if (!token || token.companyId !== companyId) return undefined;
  if (token.expiresAt <= context.now().getTime()) {
    context.state.tokens.delete(token.token);
    return undefined;
  }
  return token;
}

/** Makes every token handed out so far invalid (`POST /__sandbox/esignon/expire-tokens`). */
export function expireAllTokens(context: EsignonContext): number {
  const count = context.state.tokens.size;
  context.state.tokens.clear();
  return count;
}

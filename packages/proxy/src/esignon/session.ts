import { esignonLoginWire, toLoginBody } from '@esign-kit/core/esignon/server';
import type { UpstreamSend, VendorFailure } from '../vendor/Vendor.js';
import type { ResolvedEsignonOptions } from './options.js';
import { invalid, readAnswer } from './readAnswer.js';
import { encodeEsignonRequest } from './wire.js';

/** The member login shared by every call of one `esignon(...)` vendor. */
export interface EsignonSession {
  /**
   * A token to call eSignon with: the cached one while it is fresh, else a new login. Calls
   * arriving while a login is under way wait for that login instead of starting their own.
   */
  token(send: UpstreamSend): Promise<string | VendorFailure>;
  /** eSignon refused `token`: forget it (unless a newer one replaced it already), so the next `token()` logs in. */
  refused(token: string): void;
  /** The current token and the last few before it: redacted wherever text leaves the proxy. */
  recentTokens(): readonly string[];
}

/** Renew this long before `expire_date`, so no call goes out with a token about to lapse. */
const renewEarlyMs = 60_000;
/** Tokens remembered for redaction after they were replaced (a call may still hold one). */
const rememberedTokens = 4;

/**
 * Logs in with `1001Q` (`POST api/{companyId}/login`, https://api.esignon.net/eng-1/issued/token)
 * and caches the `access_token`. One login at a time: N concurrent calls with no fresh token
 * share one login. The password goes to eSignon's login and nowhere else; neither it nor the
 * token is ever part of a message this module writes.
 */
export function createEsignonSession(options: ResolvedEsignonOptions, now: () => number = Date.now): EsignonSession {
  let current: { token: string; renewAt: number } | undefined;
  let pending: Promise<string | VendorFailure> | undefined;
  const recent: string[] = [];

  async function login(send: UpstreamSend): Promise<string | VendorFailure> {
    const body = toLoginBody({ email: options.email, password: options.password });
    // A login changes nothing at eSignon: safe to try again after a network error or a 5xx. Other
    // calls wait for it, so it is `shared`: its own deadline, not cut short when this browser leaves.
    const reply = await send(encodeEsignonRequest(options, esignonLoginWire, { input: {}, body }), {
      retry: true,
      shared: true,
    });
    if (reply.ok === false) return reply;
    const answer = readAnswer(reply, 'login');
    if (answer.ok === false) return answer;
    if (answer.ok === 'refused') return invalid(reply.status);
    const token = textOf(answer.body.access_token);
    if (!token) return invalid(reply.status);
    const started = now();
    const expiresAt = parseExpireDate(textOf(answer.body.expire_date)) ?? started + options.tokenTtlMs;
    // A date already (nearly) past says more about clocks than the token: fall back to the TTL.
    const lifetime = expiresAt - started > renewEarlyMs ? expiresAt - started : options.tokenTtlMs;
    current = { token, renewAt: started + lifetime - renewEarlyMs };
    recent.unshift(token);
    recent.length = Math.min(recent.length, rememberedTokens);
    return token;
  }

  async function token(send: UpstreamSend): Promise<string | VendorFailure> {
    if (current && now() < current.renewAt) return current.token;
    if (pending) {
      const shared = await pending;
      // The login belonged to a caller whose browser went away: that ends its call, not ours.
      if (typeof shared !== 'string' && shared.errorCode === 'ESIGN_KIT_CLIENT_CLOSED_REQUEST') return token(send);
      return shared;
    }
    current = undefined;
    pending = login(send).finally(() => {
      pending = undefined;
    });
    return pending;
  }

  return {
    token,
    refused(token) {
      if (current?.token === token) current = undefined;
    },
    recentTokens: () => recent,
  };
}

/**
 * `expire_date`'s format is undocumented (reference §2.1). Our reading: `YYYY-MM-DD HH:mm:ss`
 * in Korean time (+09:00), as the sandbox sends it; an ISO text with its own zone is read as
 * such. Anything else is `undefined` (the caller uses `tokenTtlMs`).
 */
export function parseExpireDate(value: string | undefined): number | undefined {
  const match = value?.trim().match(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/);
  if (!match) return undefined;
  const [, date, time, fraction = '', zone = '+09:00'] = match;
  const parsed = Date.parse(`${date}T${time}${fraction}${zone}`);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

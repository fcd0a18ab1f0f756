/** eSignon's production host, for its API and its signing pages (https://api.esignon.net/eng-1/). */
export const esignonProductionUrl = 'https://docs.esignon.net';

/** What the demo is told about eSignon by its environment. */
export interface EsignonServerConfig {
  /**
   * Set when ESIGNON_COMPANY_ID, ESIGNON_EMAIL and ESIGNON_PASSWORD are all set: talk to eSignon
   * (ESIGNON_API_URL, default `https://docs.esignon.net`). Unset: the sandbox's eSignon.
   */
  readonly account:
    | { readonly url: string; readonly companyId: string; readonly email: string; readonly password: string }
    | undefined;
  /**
   * Where eSignon POSTs its callbacks (ESIGNON_CALLBACK_URL). Unset: the proxy's own callback
   * route on the demo's origin (PUBLIC_ORIGIN's first, else the printed loopback URL), which
   * only the sandbox can reach.
   */
  readonly callbackUrl: string | undefined;
  /**
   * The `Authorization` value eSignon sends with each callback (ESIGNON_CALLBACK_AUTHORIZATION,
   * at least 16 characters). Unset: a random one per start of the server.
   */
  readonly callbackAuthorization: string | undefined;
}

/** Reads the `ESIGNON_*` variables; throws a sentence naming the fix for a half-set or bad one. */
export function readEsignonConfig(env: NodeJS.ProcessEnv): EsignonServerConfig {
  const value = (name: string) => env[name]?.trim() || undefined;
  const credentials = ['ESIGNON_COMPANY_ID', 'ESIGNON_EMAIL', 'ESIGNON_PASSWORD'] as const;
  const [companyId, email, password] = credentials.map(value);
  const given = [companyId, email, password].filter(Boolean).length;
  if (given > 0 && given < 3) {
    throw new RangeError(
      `Set all of ${credentials.join(', ')} to use eSignon, or none of them to use the sandbox's eSignon.`,
    );
  }
  const url = value('ESIGNON_API_URL') ?? esignonProductionUrl;
  if (companyId && email && password && !isHttpsOrLoopback(url)) {
    throw new RangeError(`ESIGNON_API_URL must be an https URL (or http on loopback), got "${url}".`);
  }
  const callbackUrl = value('ESIGNON_CALLBACK_URL');
  if (callbackUrl && !isHttpsOrLoopback(callbackUrl)) {
    throw new RangeError(
      `ESIGNON_CALLBACK_URL must be an https URL eSignon can reach (http only on loopback), got "${callbackUrl}".`,
    );
  }
  const callbackAuthorization = value('ESIGNON_CALLBACK_AUTHORIZATION');
  if (callbackAuthorization && callbackAuthorization.length < 16) {
    throw new RangeError('ESIGNON_CALLBACK_AUTHORIZATION must be at least 16 characters: a secret nobody can guess.');
  }
  return {
    account: companyId && email && password ? { url, companyId, email, password } : undefined,
    callbackUrl,
    callbackAuthorization,
  };
}

function isHttpsOrLoopback(value: string): boolean {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url) return false;
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
  );
}

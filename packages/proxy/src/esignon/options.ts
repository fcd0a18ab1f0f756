import { parseUpstreamUrl } from '../upstreamUrl.js';

/** Told once a workflow was started, before the browser gets its answer. */
export interface EsignonWorkflowStartedEvent {
  /** The browser's request: read the signed-in user from it to record who owns the workflow. */
  readonly request: Request;
  readonly workflowId: string;
  /** The validated start input. */
  readonly input: unknown;
}

/** Told about every callback that passed the `Authorization` check and could be read. */
export interface EsignonCallbackEvent {
  readonly workflowId: string;
  /** `Playing`, `Complete`, `Canceled` (or whatever else eSignon sent). */
  readonly status: string;
  /** `true` when the same callback was seen before and dropped. */
  readonly duplicate: boolean;
}

/**
 * Where eSignon POSTs its ExportAPI callbacks and the value it puts in their `Authorization`
 * header. eSignon signs nothing: that value is the only proof a callback came from eSignon, so
 * it must be long and random, the URL must be served over HTTPS (plain http only on loopback,
 * for the sandbox), and a URL nobody can guess adds a second hurdle.
 */
export interface EsignonCallbackOptions {
  /**
   * The public URL of the proxy's callback route: `<origin><basePath>/esignon/callback`, e.g.
   * `https://admin.example.com/api/esign/esignon/callback`. eSignon only reaches hosts on the internet.
   */
  url: string;
  /** The shared secret eSignon sends back as `Authorization` (at least 16 characters). */
  authorization: string;
  /**
   * Where the proxy serves the route, under its base path: make it unguessable too (e.g.
   * `esignon/callback-5f1c9a…`) and give `url` the same path (unless a reverse proxy in front
   * rewrites it). Letters, digits, `-`, `_` and `/` only.
   * @default 'esignon/callback'
   */
  path?: string;
}

/** The configuration of {@link esignon}. Every credential here stays on the server. */
export interface EsignonOptions {
  /**
   * eSignon's base URL: `https://docs.esignon.net`, or the sandbox's `<sandbox>/esignon` in
   * development. Must be `https:`, or `http:` on a loopback host.
   */
  upstream: string;
  /** The company id (`comp_id`, not its display name) used in `api/{companyId}/…` paths. */
  companyId: string;
  /** The member that logs in and starts every workflow (eSignon's "starter"). */
  email: string;
  /** That member's password, sent only to eSignon's login (`1001Q`). */
  password: string;
  /** Where eSignon reports each step of a workflow (embed mode), and how it proves it is eSignon. */
  callback: EsignonCallbackOptions;
  /**
   * How long a login token is used when its `expire_date` cannot be read (the format is
   * undocumented). A token is renewed 60 s before it expires, and once more whenever eSignon refuses it.
   * @default 1800000 (30 minutes)
   */
  tokenTtlMs?: number;
  /**
   * Called after eSignon started a workflow and before the browser gets its id: record who owns
   * it, so `authorize` can check later calls on it. A throw is reported to `onError`; the answer
   * still says the workflow started (it did).
   * @default none
   */
  onWorkflowStarted?: (event: EsignonWorkflowStartedEvent) => void | Promise<void>;
  /**
   * Called for every accepted callback (duplicates included, marked so): for logs or to push a
   * live status. A throw is ignored: the callback is already stored.
   * @default none
   */
  onCallback?: (event: EsignonCallbackEvent) => void;
}

/** The options after checking, with defaults filled in. */
export interface ResolvedEsignonOptions {
  readonly upstream: string;
  readonly companyId: string;
  readonly email: string;
  readonly password: string;
  readonly callbackUrl: string;
  readonly callbackAuthorization: string;
  /** The callback route's path under the proxy's base path. */
  readonly callbackPath: string;
  readonly tokenTtlMs: number;
  readonly onWorkflowStarted: EsignonOptions['onWorkflowStarted'];
  readonly onCallback: EsignonOptions['onCallback'];
}

/** Shortest accepted callback `Authorization`: anything shorter could be guessed. */
export const minCallbackAuthorizationLength = 16;

// Visible ASCII with inner spaces: what survives an HTTP header unchanged (fetch trims the ends).
const headerValue = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * Checks the configuration once, when the proxy is built, so a missing credential or an
 * insecure URL fails at start-up with a sentence naming the fix, not at the first request.
 */
export function resolveEsignonOptions(options: EsignonOptions): ResolvedEsignonOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      'esignon: pass the options object, e.g. `esignon({ upstream, companyId, email, password, callback })`.',
    );
  }
  const upstream = parseUpstreamUrl(String(options.upstream ?? ''), 'esignon');
  const companyId = requireText(options.companyId, 'companyId', 'ESIGNON_COMPANY_ID');
  if (/[/?#\\]/.test(companyId)) {
    throw new TypeError('esignon: `companyId` is an id (comp_id), without "/", "?", "#" or "\\".');
  }
  const email = requireText(options.email, 'email', 'ESIGNON_EMAIL');
  const password = requireText(options.password, 'password', 'ESIGNON_PASSWORD');
  const callback = options.callback;
  if (typeof callback !== 'object' || callback === null) {
    throw new TypeError('esignon: `callback` is required: `{ url, authorization }`, where eSignon reports each step.');
  }
  const callbackUrl = parseCallbackUrl(callback.url);
  const callbackAuthorization = callback.authorization;
  if (typeof callbackAuthorization !== 'string' || callbackAuthorization.length < minCallbackAuthorizationLength) {
    throw new TypeError(
      `esignon: \`callback.authorization\` must be a random string of at least ${minCallbackAuthorizationLength} characters (e.g. ESIGNON_CALLBACK_AUTHORIZATION): it is the only proof a callback comes from eSignon.`,
    );
  }
  if (!headerValue.test(callbackAuthorization)) {
    throw new TypeError(
      'esignon: `callback.authorization` must be printable ASCII without leading or trailing spaces (it travels as an HTTP header).',
    );
  }
  const callbackPath = callback.path ?? 'esignon/callback';
  if (typeof callbackPath !== 'string' || !/^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/.test(callbackPath)) {
    throw new TypeError(
      'esignon: `callback.path` must be a relative path of letters, digits, "-", "_" and "/" (e.g. "esignon/callback-5f1c9a").',
    );
  }
  const tokenTtlMs = options.tokenTtlMs ?? 30 * 60 * 1000;
  if (!(Number.isInteger(tokenTtlMs) && tokenTtlMs > 60_000)) {
    throw new TypeError('esignon: `tokenTtlMs` must be an integer number of milliseconds above 60000.');
  }
  for (const name of ['onWorkflowStarted', 'onCallback'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`esignon: \`${name}\` must be a function when given.`);
    }
  }
  return {
    upstream,
    companyId,
    email,
    password,
    callbackUrl,
    callbackAuthorization,
    callbackPath,
    tokenTtlMs,
    onWorkflowStarted: options.onWorkflowStarted,
    onCallback: options.onCallback,
  };
}

function requireText(value: unknown, name: string, env: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`esignon: \`${name}\` must be a non-empty string (e.g. from ${env}).`);
  }
  return value;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The callback URL carries the shared secret's request: https, or http on loopback (the sandbox). */
function parseCallbackUrl(value: unknown): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new TypeError(`esignon: \`callback.url\` is not a URL: "${String(value)}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackHosts.has(url.hostname))) {
    throw new TypeError(
      `esignon: \`callback.url\` must use https (plain http is allowed only on loopback), got "${url.origin}".`,
    );
  }
  if (url.username || url.password) {
    throw new TypeError(
      'esignon: `callback.url` must not carry a user name or password; use `callback.authorization`.',
    );
  }
  return url.href;
}

/**
 * The origins browsers load the app from (`https://admin.example.com`), or a function that gives
 * them per request. A function may read what a reverse proxy you control writes (it must
 * overwrite, not append to, the headers it is trusted for); `Host` and `X-Forwarded-*` as a
 * browser or an attacker sent them are no ground for it.
 */
export type PublicOrigins = readonly string[] | ((request: Request) => readonly string[] | Promise<readonly string[]>);

/** The options that name origins, as messages call them. */
export type OriginOption = 'publicOrigins' | 'allowedOrigins' | 'redirectOrigins';

/** The origin options, checked at start-up. */
export interface OriginSettings {
  readonly publicOrigins: PublicOrigins | undefined;
  readonly allowedOrigins: readonly string[] | undefined;
  readonly redirectOrigins: readonly string[] | undefined;
}

/** The origins one check of one request trusts, and the option to change to trust another. */
export type TrustedOrigins =
  | {
      readonly ok: true;
      readonly origins: readonly string[];
      readonly setting: OriginOption;
      /** Taken from a loopback request URL, since no origin option is set (local development). */
      readonly derived?: true;
    }
  | { readonly ok: false; readonly detail: string };

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);
const example = "e.g. publicOrigins: ['https://admin.example.com']";

/**
 * Why `value` is not a bare `https:` or `http:` origin; `undefined` when it is one. Plain `http:`
 * is allowed on any host: these name where the app itself is served (an intranet admin screen
 * may be plain http), they are compared as strings, and nothing secret is sent to them.
 */
export function originProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'is not a string';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL (write the scheme, host and port, e.g. "https://admin.example.com")';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must use https (or http)';
  // `URL#origin` drops paths, credentials and default ports, and lower-cases the host.
  if (url.origin !== value)
    return `must be a bare origin (scheme, host, optional port, nothing else); write "${url.origin}"`;
  return undefined;
}

function originList(value: unknown, option: OriginOption): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new TypeError(`createEsignProxy: \`${option}\` must be a list of origins, ${example}.`);
  }
  for (const origin of value) {
    const problem = originProblem(origin);
    if (problem) throw new TypeError(`createEsignProxy: \`${option}\` entry "${String(origin)}" ${problem}.`);
  }
  return Object.freeze([...value]);
}

/** Reads `NODE_ENV` where there is a `process` (Node, Bun, bundlers' shims); some runtimes guard it. */
function isProduction(): boolean {
  try {
    const { process } = globalThis as { process?: { env?: Record<string, string | undefined> } };
    return process?.env?.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

/**
 * Checks the origin options once, at start-up: each entry a bare origin, `publicOrigins` a
 * non-empty list or a function; and in production at least one of them set, since there the
 * proxy guesses nothing from the request.
 */
export function resolveOriginSettings(options: {
  readonly publicOrigins?: PublicOrigins | undefined;
  readonly allowedOrigins?: readonly string[] | undefined;
  readonly redirectOrigins?: readonly string[] | undefined;
}): OriginSettings {
  const { publicOrigins } = options;
  if (Array.isArray(publicOrigins) && publicOrigins.length === 0) {
    throw new TypeError(
      `createEsignProxy: \`publicOrigins\` is empty; list the origins browsers load the app from, ${example}.`,
    );
  }
  const settings: OriginSettings = {
    publicOrigins: typeof publicOrigins === 'function' ? publicOrigins : originList(publicOrigins, 'publicOrigins'),
    allowedOrigins: originList(options.allowedOrigins, 'allowedOrigins'),
    redirectOrigins: originList(options.redirectOrigins, 'redirectOrigins'),
  };
  if (isProduction() && !settings.publicOrigins && !settings.allowedOrigins && !settings.redirectOrigins) {
    throw new TypeError(
      `createEsignProxy: set \`publicOrigins\` to the origins browsers load your app from, ${example}. In production the proxy does not take them from the request: its Host header can be forged, and behind Next.js or a reverse proxy the request's URL is not what the browser sees.`,
    );
  }
  return settings;
}

/**
 * Answers, per request, the origins a check trusts: its own option (`allowedOrigins` for writes,
 * `redirectOrigins` for redirects), else `publicOrigins` (a function is asked once per request),
 * else the request URL's own origin, but only on a loopback host (local development: a page on
 * another site cannot make a browser send a loopback `Host`). Anything else is a configuration
 * error: the proxy never trusts an origin the request chose.
 */
export function createOriginResolver(
  settings: OriginSettings,
): (request: Request, url: URL, check: 'writes' | 'redirects') => Promise<TrustedOrigins> {
  const { publicOrigins } = settings;
  const asked = new WeakMap<Request, Promise<TrustedOrigins>>();

  async function ask(fn: (request: Request) => readonly string[] | Promise<readonly string[]>, request: Request) {
    const origins: unknown = await fn(request);
    if (!Array.isArray(origins)) return { ok: false, detail: 'publicOrigins(request) did not return a list.' } as const;
    for (const origin of origins) {
      const problem = originProblem(origin);
      if (problem)
        return { ok: false, detail: `publicOrigins(request) returned "${String(origin)}", which ${problem}.` } as const;
    }
    return { ok: true, origins, setting: 'publicOrigins' } as const;
  }

  return async (request, url, check) => {
    const option = check === 'writes' ? 'allowedOrigins' : 'redirectOrigins';
    const own = settings[option];
    if (own) return { ok: true, origins: own, setting: option };
    if (typeof publicOrigins === 'function') {
      const known = asked.get(request);
      if (known) return known;
      const answer = ask(publicOrigins, request);
      asked.set(request, answer);
      return answer;
    }
    if (publicOrigins) return { ok: true, origins: publicOrigins, setting: 'publicOrigins' };
    if (loopbackHosts.has(url.hostname))
      return { ok: true, origins: [url.origin], setting: 'publicOrigins', derived: true };
    return {
      ok: false,
      detail: `\`publicOrigins\` (and \`${option}\`) unset, and the request's URL (${url.origin}) is not on loopback: set \`publicOrigins\` to the origins browsers load the app from.`,
    };
  };
}

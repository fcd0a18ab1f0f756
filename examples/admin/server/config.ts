import { type EsignonServerConfig, readEsignonConfig } from './esignonConfig.js';

/** What the demo server is told by its environment. */
export interface AdminServerConfig {
  /** The app, the proxy and the demo's session routes. `0` picks a free port. */
  readonly port: number;
  /** The sandbox (ignored with real Prix). `0` picks a free port. */
  readonly sandboxPort: number;
  readonly host: string;
  /**
   * The origins browsers load the demo from (PUBLIC_ORIGIN, comma-separated), e.g. behind a
   * tunnel or a reverse proxy; `undefined`: the loopback URL it prints, once it listens.
   */
  readonly publicOrigins: readonly string[] | undefined;
  /** Set when PRIX_API_KEY and PRIX_API_URL are both set: talk to Prix, start no sandbox. */
  readonly prix: { readonly apiKey: string; readonly url: string } | undefined;
  /** Reminders per participant per hour (lower than the proxy's default 5, so the limit is easy to see). */
  readonly reminderLimit: number;
  /** Customer custom keys of the two demo tenants, in `demoUsers` order (DEMO_CUSTOMER_KEYS). */
  readonly tenantCustomerKeys: readonly string[] | undefined;
  /** Vite's dependency cache (DEMO_VITE_CACHE_DIR), so the e2e server and `pnpm dev` never share one. */
  readonly viteCacheDir: string | undefined;
  /** eSignon: the sandbox's by default, the real one when ESIGNON_* credentials are set (see `esignonConfig.ts`). */
  readonly esignon: EsignonServerConfig;
}

/**
 * Reads `PORT` (default 4000), `SANDBOX_PORT` (default 4010), `PUBLIC_ORIGIN` (default: the printed
 * loopback URL), `PRIX_API_KEY` + `PRIX_API_URL`, `DEMO_REMINDER_LIMIT` (default 3),
 * `DEMO_CUSTOMER_KEYS` (`KEY_A,KEY_B`), `DEMO_VITE_CACHE_DIR` and the `ESIGNON_*` variables.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AdminServerConfig {
  const apiKey = env.PRIX_API_KEY?.trim();
  const url = env.PRIX_API_URL?.trim();
  const keys = env.DEMO_CUSTOMER_KEYS?.trim() ? env.DEMO_CUSTOMER_KEYS.split(',').map((key) => key.trim()) : undefined;
  if (keys && (keys.length !== 2 || !keys.every(Boolean))) {
    throw new RangeError(
      `DEMO_CUSTOMER_KEYS must be two customer custom keys, "KEY_A,KEY_B"; got "${env.DEMO_CUSTOMER_KEYS}".`,
    );
  }
  return {
    port: portFrom(env.PORT, 4000, 'PORT'),
    sandboxPort: portFrom(env.SANDBOX_PORT, 4010, 'SANDBOX_PORT'),
    host: '127.0.0.1',
    publicOrigins: originsFrom(env.PUBLIC_ORIGIN),
    prix: apiKey && url ? { apiKey, url } : undefined,
    reminderLimit: positiveFrom(env.DEMO_REMINDER_LIMIT, 3, 'DEMO_REMINDER_LIMIT'),
    tenantCustomerKeys: keys,
    viteCacheDir: env.DEMO_VITE_CACHE_DIR?.trim() || undefined,
    esignon: readEsignonConfig(env),
  };
}

/** `https://admin.example.com` (or `http:` on loopback): scheme, host and port, nothing more. */
function originsFrom(value: string | undefined): readonly string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    const loopback = url?.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!url || url.origin !== origin || !(url.protocol === 'https:' || loopback)) {
      throw new RangeError(
        `PUBLIC_ORIGIN must be origins browsers load the demo from, like "https://admin.example.com" (https, or http on loopback; no path), got "${origin}".`,
      );
    }
    return origin;
  });
}

function portFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`${name} must be a port number from 0 to 65535 (0 picks a free one), got "${value}".`);
  }
  return port;
}

function positiveFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`${name} must be a positive integer, got "${value}".`);
  return count;
}

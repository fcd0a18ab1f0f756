import { type RunningSandbox, startSandbox } from '@esign-kit/sandbox';
import type { AdminServerConfig } from './config.js';

/** Where the proxy sends requests: the sandbox started here, or real Prix. */
export interface Upstream {
  readonly upstream: string;
  readonly apiKey: string;
  /** The sandbox, when there is one (no PRIX_API_* set). */
  readonly sandbox: RunningSandbox | undefined;
  /** Where hosted pages are served from, for the app's page allowlist. */
  readonly pageOrigin: string;
}

/** Prix's hosted pages (reference §1.5). */
const prixPageOrigin = 'https://www.prix.im';

export async function startUpstream(config: AdminServerConfig): Promise<Upstream> {
  if (config.prix) {
    return { upstream: config.prix.url, apiKey: config.prix.apiKey, sandbox: undefined, pageOrigin: prixPageOrigin };
  }
  const sandbox = await startSandbox({ port: config.sandboxPort, host: config.host });
  return { upstream: sandbox.upstream, apiKey: sandbox.sandbox.apiKey, sandbox, pageOrigin: sandbox.url };
}

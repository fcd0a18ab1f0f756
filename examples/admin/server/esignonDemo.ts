import { randomBytes } from 'node:crypto';
import {
  esignonCancelWorkflow,
  esignonDownloadUrl,
  esignonSigningUrl,
  esignonStartWorkflow,
  esignonWorkflow,
} from '@esign-kit/core/esignon/server';
import { type AuthorizeAnswer, allow, type OperationRule } from '@esign-kit/proxy';
import { esignon } from '@esign-kit/proxy/esignon';
import { esignonSandboxDefaults } from '@esign-kit/sandbox';
import { type EsignonServerConfig, esignonProductionUrl } from './esignonConfig.js';
import { createEsignonWorkflowOwners } from './esignonWorkflows.js';
import { failure, json } from './http.js';
import type { SessionStore } from './sessions.js';
import type { TenantRegistry } from './tenants.js';

/** What the eSignon section of the app is told (`GET /demo/esignon`). */
export interface EsignonClientConfig {
  /** `sandbox`: the sandbox's eSignon; `esignon`: the real one (ESIGNON_* set). */
  readonly mode: 'sandbox' | 'esignon';
  /** Where signing pages and documents open from: the launcher's allowlist for this section. */
  readonly pageOrigins: readonly string[];
  /** The signed-in user's tenant's workflows, newest first. */
  readonly workflows: readonly { readonly workflowId: string; readonly title: string; readonly startedAt: string }[];
}

/** eSignon in the demo: the vendor for the proxy, its per-tenant rules, and the section's config route. */
export interface DemoEsignon {
  readonly vendor: ReturnType<typeof esignon>;
  /** Allowlist entries: any signed-in user may start; only the starting tenant reaches a workflow. */
  readonly operations: readonly OperationRule[];
  /** `GET /demo/esignon`. */
  readonly route: (request: Request) => Response;
  /** For the startup lines. */
  readonly upstream: string;
  readonly callbackUrl: string;
}

export interface DemoEsignonOptions {
  readonly config: EsignonServerConfig;
  /** The sandbox's origin, when it runs (it speaks eSignon under `/esignon`). */
  readonly sandboxUrl: string | undefined;
  /** The demo's origin (PUBLIC_ORIGIN's first, else the loopback URL it listens on). */
  readonly origin: string;
  /** Where the proxy is mounted (`/api/esign`): its callback route is `<basePath>/esignon/callback`. */
  readonly proxyBasePath: string;
  readonly sessions: SessionStore;
  readonly tenants: TenantRegistry;
}

/**
 * The `esignon()` vendor with the sandbox's account by default (ESIGNON_* for the real one), its
 * callbacks sent to the proxy on the demo's own origin, and the book of which tenant started
 * which workflow, kept by `onWorkflowStarted` and read by each operation's rule. `undefined`
 * when there is no eSignon to talk to (real Prix, no sandbox, no ESIGNON_* credentials).
 */
export function createDemoEsignon(options: DemoEsignonOptions): DemoEsignon | undefined {
  const { config, sandboxUrl, sessions, tenants } = options;
  const account =
    config.account ?? (sandboxUrl ? { url: `${sandboxUrl}/esignon`, ...esignonSandboxDefaults } : undefined);
  if (!account) return undefined;
  const callbackUrl = config.callbackUrl ?? `${options.origin}${options.proxyBasePath}/esignon/callback`;
  if (config.account && !config.callbackUrl && new URL(callbackUrl).protocol !== 'https:') {
    throw new RangeError(
      `eSignon must reach the demo's callback route from the internet: set ESIGNON_CALLBACK_URL (https), or PUBLIC_ORIGIN to the https origin it is served on (now ${callbackUrl}).`,
    );
  }
  const owners = createEsignonWorkflowOwners();
  const tenantOf = (request: Request) => {
    const user = sessions.userOf(request);
    return user ? tenants.of(user).definition.id : undefined;
  };

  const vendor = esignon({
    upstream: account.url,
    companyId: account.companyId,
    email: account.email,
    password: account.password,
    callback: {
      url: callbackUrl,
      // Fresh per start of the demo unless set: the sandbox is told it with each start.
      authorization: config.callbackAuthorization ?? randomBytes(24).toString('base64url'),
    },
    onWorkflowStarted: ({ request, workflowId, input }) => {
      const tenantId = tenantOf(request);
      // `input` is the validated start input (`EsignonStartWorkflowInput`): its title names the workflow here.
      const title = String((input as { title?: unknown }).title ?? workflowId);
      if (tenantId) owners.record(tenantId, { workflowId, title, startedAt: new Date().toISOString() });
    },
    onCallback: ({ workflowId, status, duplicate }) =>
      console.log(
        `[esign-kit demo] eSignon callback: workflow ${workflowId} ${status}${duplicate ? ' (duplicate, dropped)' : ''}`,
      ),
  });

  // Another tenant's workflow answers exactly as one that does not exist: 404, nothing learnt.
  const owned = ({ request, input }: { request: Request; input: { workflowId: string } }): AuthorizeAnswer => {
    const tenantId = tenantOf(request);
    if (!tenantId) return false;
    return owners.ownerOf(input.workflowId) === tenantId ? true : 'not-found';
  };
  const operations: OperationRule[] = [
    allow(esignonStartWorkflow, ({ request }) => tenantOf(request) !== undefined),
    allow(esignonWorkflow, owned),
    allow(esignonCancelWorkflow, owned),
    allow(esignonSigningUrl, owned),
    allow(esignonDownloadUrl, owned),
  ];

  // The sandbox serves its pages on its own origin; eSignon's signing pages and downloads come
  // from docs.esignon.net (https://api.esignon.net/workflow/downloadurl), or ESIGNON_API_URL's origin.
  const pageOrigins = config.account
    ? [...new Set([new URL(account.url).origin, esignonProductionUrl])]
    : [new URL(account.url).origin];
  const mode = config.account ? 'esignon' : 'sandbox';
  const route = (request: Request) => {
    if (request.method !== 'GET') return failure(405, 'DEMO_METHOD_NOT_ALLOWED', 'Use GET.');
    const tenantId = tenantOf(request);
    if (!tenantId) return failure(401, 'DEMO_SIGNED_OUT', 'Sign in first.');
    const data: EsignonClientConfig = { mode, pageOrigins, workflows: owners.listOf(tenantId) };
    return json({ ok: true, data });
  };
  return { vendor, operations, route, upstream: account.url, callbackUrl };
}

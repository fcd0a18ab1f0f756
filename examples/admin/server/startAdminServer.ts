import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEsignServerClient, type EsignProxyHandler } from '@esign-kit/proxy';
import { toNodeListener } from '@esign-kit/proxy/node';
import { createServer as createViteServer } from 'vite';
import type { AdminServerConfig } from './config.js';
import { createContractAccess } from './contractAccess.js';
import { createDemoProxy, proxyBasePath } from './demoProxy.js';
import { demoUsersWithKeys } from './demoUsers.js';
import { createDemoEsignon, type DemoEsignon } from './esignonDemo.js';
import { failure } from './http.js';
import { createSandboxRoutes } from './sandboxRoutes.js';
import { seedDemoData } from './seedDemoData.js';
import { createSessionRoutes } from './sessionRoutes.js';
import { createSessionStore } from './sessions.js';
import { resolveTenants } from './tenants.js';
import { startUpstream } from './upstream.js';

export interface RunningAdminServer {
  /** The demo admin screen, e.g. `http://127.0.0.1:4000/` (the real port when `port` was 0). */
  readonly url: string;
  /** The sandbox's origin; `undefined` with real Prix. */
  readonly sandboxUrl: string | undefined;
  /** Where the proxy sends requests. */
  readonly upstream: string;
  /** eSignon's base URL and the callback URL it is given; `undefined` when there is no eSignon. */
  readonly esignon: { readonly upstream: string; readonly callbackUrl: string } | undefined;
  close(): Promise<void>;
}

/**
 * Starts everything `pnpm dev` runs on one origin: the proxy under `/api/esign`, the demo's
 * session routes under `/demo`, and the Vite app for the rest; with the sandbox beside it
 * (seeded with the demo tenants' contracts) unless real Prix is configured.
 */
export async function startAdminServer(config: AdminServerConfig): Promise<RunningAdminServer> {
  const { upstream, apiKey, sandbox, pageOrigin } = await startUpstream(config);
  const prix = createEsignServerClient({ apiKey, upstream, locale: 'en' });
  const users = demoUsersWithKeys(config.tenantCustomerKeys);
  const tenants = await resolveTenants(prix, users);
  if (sandbox) await seedDemoData(sandbox, prix, tenants);
  const sessions = createSessionStore(users);
  // PUBLIC_ORIGIN, or the printed loopback URL, whose port is known once the server listens
  // (PORT=0 picks one); no request arrives before that.
  let loopbackOrigins: readonly string[] = [];
  // Built once the server listens: eSignon's callback URL is on the demo's own origin, whose port
  // PORT=0 picks only then. No request arrives before that.
  let proxy: EsignProxyHandler = async () => failure(503, 'DEMO_STARTING', 'The demo is starting.');
  let esignon: DemoEsignon | undefined;
  const buildProxy = () =>
    createDemoProxy({
      apiKey,
      upstream,
      publicOrigins: config.publicOrigins ?? (() => loopbackOrigins),
      sessions,
      tenants,
      access: createContractAccess(prix),
      reminderLimit: config.reminderLimit,
      esignon,
    });
  const sessionRoutes = createSessionRoutes({
    users,
    sessions,
    tenants,
    config: { pageOrigin, sandbox: sandbox !== undefined, reminderLimit: config.reminderLimit },
  });
  const sandboxRoutes = sandbox ? createSandboxRoutes(sandbox, sessions, tenants) : undefined;
  const api = toNodeListener(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(`${proxyBasePath}/`)) return proxy(request);
    if (pathname === '/demo/session') return sessionRoutes(request);
    if (pathname.startsWith('/demo/sandbox/') && sandboxRoutes) return sandboxRoutes(request);
    if (pathname === '/demo/esignon' && esignon) return esignon.route(request);
    return failure(404, 'DEMO_NOT_FOUND', 'No such demo route.');
  });

  const server = createServer();
  const vite = await createViteServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    // HMR shares the app's port, so any PORT (0 included) needs no second one.
    server: { middlewareMode: true, hmr: { server } },
    appType: 'spa',
    ...(config.viteCacheDir ? { cacheDir: config.viteCacheDir } : {}),
  });
  server.on('request', (request, response) => {
    const path = request.url ?? '/';
    if (path.startsWith(`${proxyBasePath}/`) || path.startsWith('/demo/')) return api(request, response);
    vite.middlewares(request, response);
  });
  const { port } = await listen(server, config.port, config.host);
  loopbackOrigins = [`http://${config.host}:${port}`, `http://localhost:${port}`];
  esignon = createDemoEsignon({
    config: config.esignon,
    sandboxUrl: sandbox?.url,
    origin: config.publicOrigins?.[0] ?? `http://${config.host}:${port}`,
    proxyBasePath,
    sessions,
    tenants,
  });
  proxy = buildProxy();

  return {
    url: `http://${config.host}:${port}/`,
    sandboxUrl: sandbox?.url,
    upstream,
    esignon: esignon ? { upstream: esignon.upstream, callbackUrl: esignon.callbackUrl } : undefined,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await vite.close();
      await sandbox?.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

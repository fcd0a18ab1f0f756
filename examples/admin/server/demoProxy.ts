import { sendReminder } from '@esign-kit/core/server';
import { createEsignProxy, defaultRateLimits, type EsignProxyHandler, type EsignProxyOptions } from '@esign-kit/proxy';
import type { ContractAccess } from './contractAccess.js';
import { demoOperations } from './demoOperations.js';
import type { DemoEsignon } from './esignonDemo.js';
import type { SessionStore } from './sessions.js';
import { authorizeStreamSubject } from './streamSubjects.js';
import type { TenantRegistry } from './tenants.js';

export const proxyBasePath = '/api/esign';

export interface DemoProxyOptions {
  readonly apiKey: string;
  readonly upstream: string;
  /** Where browsers load the demo from: the only origin its writes and `successUrl`s may come from and go to. */
  readonly publicOrigins: NonNullable<EsignProxyOptions['publicOrigins']>;
  readonly sessions: SessionStore;
  readonly tenants: TenantRegistry;
  readonly access: ContractAccess;
  /** Reminders per participant per hour. */
  readonly reminderLimit: number;
  /** eSignon beside Prix (its vendor and per-tenant rules), when there is one to talk to. */
  readonly esignon?: DemoEsignon | undefined;
}

/**
 * The proxy with the demo's rules: `authenticate` lets signed-in users through, each operation's
 * own rule (see `demoOperations`) keeps them to their tenant's rows, and reminders are limited
 * per participant. Around it, a customer a user creates (or deletes) is booked to their tenant,
 * from the proxy's answer. Its live status stream (`GET /api/esign/events`, on by default, in
 * memory, with the Prix status watcher) carries only what these same rules let the user read.
 */
export function createDemoProxy(options: DemoProxyOptions): EsignProxyHandler {
  const { sessions, tenants } = options;
  const tenantOf = (request: Request) => {
    const user = sessions.userOf(request);
    return user ? tenants.of(user) : undefined;
  };
  const reminderRule = defaultRateLimits[sendReminder.id];
  const proxy = createEsignProxy({
    apiKey: options.apiKey,
    upstream: options.upstream,
    basePath: proxyBasePath,
    publicOrigins: options.publicOrigins,
    // Signed in? Asked before the input is read, so a visitor learns no field names; asked again
    // after validation, then the per-operation rules (`demoOperations`) check the input.
    authenticate: (request) => sessions.userOf(request) !== undefined,
    authorize: ({ request }) => sessions.userOf(request) !== undefined,
    operations: [...demoOperations(tenantOf, options.access), ...(options.esignon?.operations ?? [])],
    vendors: options.esignon ? [options.esignon.vendor] : [],
    // The live status stream (on by default) asks contracts and workflows as their reads (the
    // rules above); e-signatures, which Prix cannot read one by one, the demo answers itself.
    events: { authorizeSubject: authorizeStreamSubject(tenantOf, options.access) },
    rateLimits: reminderRule ? { [sendReminder.id]: { ...reminderRule, limit: options.reminderLimit } } : {},
    onError: (event) =>
      console.warn(`[esign-kit proxy] ${event.errorCode} ${event.operationId ?? ''}: ${event.detail}`),
  });

  return async (request) => {
    const response = await proxy(request);
    const user = sessions.userOf(request);
    if (!response.ok || !user) return response;
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === `${proxyBasePath}/customers`) {
      const created = (await response.clone().json()) as { data?: { id?: unknown } };
      if (typeof created.data?.id === 'number') tenants.addCustomer(user.tenant.id, created.data.id);
    }
    const deleted = request.method === 'DELETE' ? /^\/customers\/(\d+)$/.exec(path.slice(proxyBasePath.length)) : null;
    if (deleted) tenants.removeCustomer(user.tenant.id, Number(deleted[1]));
    return response;
  };
}

import type { DemoUser } from './demoUsers.js';
import { failure, isSameOrigin, json, readJson } from './http.js';
import type { SessionStore } from './sessions.js';
import type { TenantRegistry } from './tenants.js';

/** What the app needs to know before it renders anything (`GET /demo/session`). */
export interface DemoClientConfig {
  /** Where hosted pages come from: the sandbox's origin, or Prix's (`https://www.prix.im`). */
  readonly pageOrigin: string;
  readonly sandbox: boolean;
  readonly reminderLimit: number;
}

export interface SessionRoutesOptions {
  readonly users: readonly DemoUser[];
  readonly sessions: SessionStore;
  readonly tenants: TenantRegistry;
  readonly config: DemoClientConfig;
}

/**
 * `/demo/session`: `GET` who is signed in (and who could be), `POST { userId }` signs in,
 * `DELETE` signs out. Sign-in and sign-out only from the app's own pages.
 */
export function createSessionRoutes(options: SessionRoutesOptions): (request: Request) => Promise<Response> {
  const { users, sessions, tenants, config } = options;
  const describe = (user: DemoUser) => {
    const tenant = tenants.of(user);
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      tenant: {
        id: tenant.definition.id,
        name: tenant.definition.name,
        primaryCustomerId: tenant.primaryCustomerId,
        customerIds: [...tenant.customerIds],
      },
    };
  };
  return async (request) => {
    if (request.method === 'GET') {
      const user = sessions.userOf(request);
      return json({
        ok: true,
        data: {
          user: user ? describe(user) : null,
          users: users.map((candidate) => ({
            id: candidate.id,
            name: candidate.name,
            tenantName: candidate.tenant.name,
          })),
          config,
        },
      });
    }
    if (request.method !== 'POST' && request.method !== 'DELETE') {
      return failure(405, 'DEMO_METHOD_NOT_ALLOWED', 'Use GET, POST or DELETE.');
    }
    if (!isSameOrigin(request)) return failure(403, 'DEMO_CROSS_SITE', 'Sign in from the demo itself.');
    if (request.method === 'DELETE') return json({ ok: true }, 200, { 'set-cookie': sessions.signOut(request) });
    const body = (await readJson(request)) as { userId?: unknown } | undefined;
    const user = users.find((candidate) => candidate.id === body?.userId);
    if (!user) return failure(400, 'DEMO_UNKNOWN_USER', 'Pick one of the demo users.');
    sessions.signOut(request); // a browser holds one session at a time
    return json({ ok: true, data: describe(user) }, 200, { 'set-cookie': sessions.signIn(user) });
  };
}

/** A name in both languages. */
export interface Localized {
  readonly ko: string;
  readonly en: string;
}

/** The signed-in user, as `GET /demo/session` describes them. */
export interface SessionUser {
  readonly id: string;
  readonly name: Localized;
  readonly email: string;
  readonly tenant: {
    readonly id: string;
    readonly name: Localized;
    /** The tenant's own customer: new contracts are linked to it. */
    readonly primaryCustomerId: number;
    /** Every customer of the tenant: the contract list is filtered to these. */
    readonly customerIds: readonly number[];
  };
}

export interface DemoConfig {
  /** Where hosted pages come from (the sandbox's origin, or Prix's). */
  readonly pageOrigin: string;
  readonly sandbox: boolean;
  readonly reminderLimit: number;
}

export interface SessionData {
  readonly user: SessionUser | null;
  readonly users: readonly { readonly id: string; readonly name: Localized; readonly tenantName: Localized }[];
  readonly config: DemoConfig;
}

export const sessionQueryKey = ['demo', 'session'] as const;

async function call<T>(init: RequestInit = {}): Promise<T> {
  const response = await fetch('/demo/session', {
    ...init,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { ok: boolean; data?: T; message?: string };
  if (!response.ok || !body.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body.data as T;
}

export const getSession = () => call<SessionData>();
export const signIn = (userId: string) => call<SessionUser>({ method: 'POST', body: JSON.stringify({ userId }) });
export const signOut = () => call<undefined>({ method: 'DELETE' });

/** A tenant of the demo: one customer of the Prix business, whose contracts its users may see. */
export interface DemoTenantDefinition {
  readonly id: string;
  readonly name: { readonly ko: string; readonly en: string };
  /** The tenant's own customer in Prix, found by its custom key at start-up. */
  readonly customerCustomKey: string;
}

/** Someone who can sign in to the demo. There are no passwords: it is a demo. */
export interface DemoUser {
  readonly id: string;
  readonly name: { readonly ko: string; readonly en: string };
  readonly email: string;
  readonly tenant: DemoTenantDefinition;
}

/** `파트너 고객사` of the sandbox's seed: it owns the reference's example contract (`a4-k1234`). */
const partner: DemoTenantDefinition = {
  id: 'partner',
  name: { ko: '파트너 고객사', en: 'Partner Co.' },
  customerCustomKey: 'A5-k159402',
};

/** `㈜한빛소프트` of the sandbox's seed: a concluded contract and its renewal. */
const hanbit: DemoTenantDefinition = {
  id: 'hanbit',
  name: { ko: '㈜한빛소프트', en: 'Hanbit Soft' },
  customerCustomKey: 'HANBIT-001',
};

/** The two demo users, one per tenant. */
export const demoUsers: readonly DemoUser[] = [
  { id: 'seoyeon', name: { ko: '이서연', en: 'Seoyeon Lee' }, email: 'seoyeon@partner.example', tenant: partner },
  { id: 'doyun', name: { ko: '박도윤', en: 'Doyun Park' }, email: 'doyun@hanbit.example', tenant: hanbit },
];

/** The demo users with their tenants' customer keys replaced (`DEMO_CUSTOMER_KEYS`, for real Prix). */
export function demoUsersWithKeys(keys: readonly string[] | undefined): readonly DemoUser[] {
  if (!keys) return demoUsers;
  return demoUsers.map((user, index) => ({
    ...user,
    tenant: { ...user.tenant, customerCustomKey: keys[index] ?? user.tenant.customerCustomKey },
  }));
}

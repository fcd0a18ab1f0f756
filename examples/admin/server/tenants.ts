import type { EsignClient } from '@esign-kit/core';
import { listCustomers } from '@esign-kit/core/server';
import type { DemoTenantDefinition, DemoUser } from './demoUsers.js';

/** A tenant as the server knows it once started: the customers (by Prix id) that are its own. */
export interface Tenant {
  readonly definition: DemoTenantDefinition;
  /** Its own customer, found by `customerCustomKey`: every seeded contract is linked to it. */
  readonly primaryCustomerId: number;
  /** The primary customer plus those its users created in the demo. */
  readonly customerIds: ReadonlySet<number>;
}

/** The tenants, and the bookkeeping of which customers belong to which. */
export interface TenantRegistry {
  of(user: DemoUser): Tenant;
  primaryCustomerIdOf(tenantId: string): number;
  /** A customer created through the proxy by a user of `tenantId` becomes that tenant's. */
  addCustomer(tenantId: string, customerId: number): void;
  removeCustomer(tenantId: string, customerId: number): void;
}

/**
 * Finds each tenant's customer in Prix (or the sandbox) by its custom key. Fails with what to do
 * when one is missing, which can only happen against real Prix.
 */
export async function resolveTenants(client: EsignClient, users: readonly DemoUser[]): Promise<TenantRegistry> {
  const tenants = new Map<string, { definition: DemoTenantDefinition; primaryCustomerId: number; ids: Set<number> }>();
  for (const { tenant } of users) {
    if (tenants.has(tenant.id)) continue;
    const { customers } = await client.request(listCustomers, { customKey: tenant.customerCustomKey });
    const customer = customers.find((candidate) => candidate.customKey === tenant.customerCustomKey);
    if (!customer) {
      throw new Error(
        `No customer with customKey "${tenant.customerCustomKey}" for the demo tenant "${tenant.id}". Create it in Prix, or set DEMO_CUSTOMER_KEYS=KEY_A,KEY_B to two customers that exist.`,
      );
    }
    tenants.set(tenant.id, { definition: tenant, primaryCustomerId: customer.id, ids: new Set([customer.id]) });
  }
  const entry = (tenantId: string) => {
    const found = tenants.get(tenantId);
    if (!found) throw new Error(`Unknown demo tenant "${tenantId}".`);
    return found;
  };
  return {
    of: (user) => {
      const { definition, primaryCustomerId, ids } = entry(user.tenant.id);
      return { definition, primaryCustomerId, customerIds: ids };
    },
    primaryCustomerIdOf: (tenantId) => entry(tenantId).primaryCustomerId,
    addCustomer: (tenantId, customerId) => {
      entry(tenantId).ids.add(customerId);
    },
    removeCustomer: (tenantId, customerId) => {
      const tenant = entry(tenantId);
      if (customerId !== tenant.primaryCustomerId) tenant.ids.delete(customerId);
    },
  };
}

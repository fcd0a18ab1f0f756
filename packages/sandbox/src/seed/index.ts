import type {
  SandboxBusiness,
  SandboxContract,
  SandboxCounters,
  SandboxCredits,
  SandboxCreditUsage,
  SandboxCustomColumn,
  SandboxCustomer,
  SandboxManagedBusiness,
  SandboxTag,
  SandboxTemplate,
} from '../state/model.js';
import {
  createSeedBusiness,
  createSeedCredits,
  createSeedCreditUsages,
  createSeedManagedBusinesses,
} from './business.js';
import { createSeedContracts } from './contracts.js';
import { createSeedCustomColumns, createSeedCustomers, createSeedTags } from './directory.js';
import { createSeedTemplates } from './templates.js';

export { createSeedContracts } from './contracts.js';
export { seedIds } from './ids.js';

/** The data part of the state (no logs, no page sessions), as seeded. */
export interface SeedData {
  contracts: SandboxContract[];
  templates: SandboxTemplate[];
  customers: SandboxCustomer[];
  tags: SandboxTag[];
  customColumns: SandboxCustomColumn[];
  business: SandboxBusiness;
  managedBusinesses: SandboxManagedBusiness[];
  credits: SandboxCredits;
  creditUsages: SandboxCreditUsage[];
  counters: SandboxCounters;
}

/**
 * Builds the whole seed: deterministic, and a new deep copy on every call. The counters start
 * after the highest seeded id of each kind, so new records never collide with seeded ones.
 */
export function createSeedData(): SeedData {
  const contracts = createSeedContracts();
  const templates = createSeedTemplates();
  const customers = createSeedCustomers();
  const tags = createSeedTags();
  const creditUsages = createSeedCreditUsages();
  return {
    contracts,
    templates,
    customers,
    tags,
    customColumns: createSeedCustomColumns(),
    business: createSeedBusiness(),
    managedBusinesses: createSeedManagedBusinesses(),
    credits: createSeedCredits(),
    creditUsages,
    counters: {
      contract: after(contracts.map((contract) => contract.id)),
      signature: after(contracts.map((contract) => contract.signature?.id ?? 0)),
      template: after(templates.map((template) => template.id)),
      templateObject: after(templates.flatMap((template) => template.objects.map((object) => object.id))),
      templateParticipant: after(templates.flatMap((template) => template.participants.map((role) => role.id))),
      customer: after(customers.map((customer) => customer.id)),
      tag: after(tags.map((tag) => tag.id)),
      creditUsage: after(creditUsages.map((usage) => usage.id)),
    },
  };
}

function after(ids: readonly number[]): number {
  return Math.max(0, ...ids) + 1;
}

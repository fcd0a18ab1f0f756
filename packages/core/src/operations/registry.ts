import type { AnyOperation } from '../operation.js';
import {
  createBusiness,
  creditStatus,
  listCreditUsages,
  listManagedBusinesses,
  updateBusiness,
} from './business/index.js';
import {
  concludedFiles,
  contractDetailUrl,
  contractFormUrl,
  contractListUrl,
  contractSignatureUrl,
  findContract,
  getContract,
  legacyContractFormUrl,
  listContracts,
} from './contracts/index.js';
import { createCustomer, deleteCustomer, getCustomer, listCustomers, updateCustomer } from './customers/index.js';
import { cancelSignature, listSignatures, participantLink, sendReminder, signatureUsage } from './signatures/index.js';
import { listContractTags, setContractTags } from './tags/index.js';
import {
  bulkContractUrl,
  createSignatureFromTemplate,
  getTemplate,
  listTemplates,
  templateFormUrl,
  templateUseUrl,
} from './templates/index.js';

/**
 * Every documented endpoint of the Prix kit, in the reference's order (§2–§6).
 *
 * Not here, because no copy of their pages could be read (reference §3.6, §4.2–4.4, §5.2–5.3,
 * §7): the template preview page, tag create / update / delete, seal and name-plate lookup and
 * their management page, and webhooks. Describe any of them yourself with `defineOperation` once
 * Prix gives you the spec; it then works with the client, the proxy and the hooks like these.
 */
export const builtInOperations = [
  // §2 contracts and e-signatures
  contractFormUrl,
  findContract,
  contractDetailUrl,
  listContracts,
  contractListUrl,
  listSignatures,
  signatureUsage,
  sendReminder,
  participantLink,
  cancelSignature,
  contractSignatureUrl,
  getContract,
  legacyContractFormUrl,
  concludedFiles,
  // §3 templates
  templateFormUrl,
  listTemplates,
  getTemplate,
  createSignatureFromTemplate,
  bulkContractUrl,
  templateUseUrl,
  // §4 tags
  listContractTags,
  setContractTags,
  // §5 business
  updateBusiness,
  listCreditUsages,
  creditStatus,
  // §6 platform
  createBusiness,
  listManagedBusinesses,
  createCustomer,
  getCustomer,
  listCustomers,
  updateCustomer,
  deleteCustomer,
] as const satisfies readonly AnyOperation[];

/** The built-in operations a browser may call through the proxy (not server-only). */
export function browserSafeOperations(
  operations: readonly AnyOperation[] = builtInOperations,
): readonly AnyOperation[] {
  return operations.filter((operation) => !operation.serverOnly);
}

/**
 * Checks that ids are unique and that no two operations claim the same method and path, then
 * returns the list. The proxy and the sandbox call it on the operations they are given.
 */
export function assertOperationList(operations: readonly AnyOperation[]): readonly AnyOperation[] {
  const ids = new Set<string>();
  const routes = new Set<string>();
  for (const operation of operations) {
    if (ids.has(operation.id)) throw new TypeError(`Two operations share the id "${operation.id}".`);
    const route = `${operation.method} ${operation.path.replace(/\{[^}]+\}/g, '{}')}`;
    if (routes.has(route)) throw new TypeError(`Two operations share the route "${route}".`);
    ids.add(operation.id);
    routes.add(route);
  }
  return operations;
}

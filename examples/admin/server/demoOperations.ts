import {
  bulkContractUrl,
  cancelSignature,
  contractDetailUrl,
  createCustomer,
  createSignatureFromTemplate,
  creditStatus,
  deleteCustomer,
  findContract,
  getCustomer,
  getTemplate,
  listContracts,
  listContractTags,
  listCreditUsages,
  listTemplates,
  setContractTags,
  templateUseUrl,
  updateCustomer,
} from '@esign-kit/core/server';
import {
  type AuthorizeAnswer,
  allow,
  allowReminderAddressOverride,
  createHostedPageReconciler,
  hideInputs,
  type OperationRule,
} from '@esign-kit/proxy';
import type { ContractAccess } from './contractAccess.js';
import type { Tenant } from './tenants.js';

type TenantOf = (request: Request) => Tenant | undefined;

const everyOwned = (tenant: Tenant, ids: readonly number[] | undefined) =>
  ids !== undefined && ids.length > 0 && ids.every((id) => tenant.customerIds.has(id));

/**
 * The operations the admin screen uses, each with its row-level rule; anything else answers 404
 * (`ESIGN_KIT_UNKNOWN_OPERATION`). The proxy runs `authorize` (signed in?) first, then these.
 *
 * - Lists must name the tenant's customers (`customerIds`), and only those: the proxy cannot
 *   rewrite the input, so the app sends the filter and the proxy refuses any other.
 * - Single contracts and signatures are looked up first (`ContractAccess`).
 * - New contracts and pages must be linked to one of the tenant's customers. Prix's pages act
 *   with the whole business's rights, so the proxy cannot stop a user from picking another
 *   customer there: the bulk page is minted with that input hidden (`hideInputs`), and what the
 *   use-template page made (it can hide nothing) is reconciled before contracts are read:
 *   a contract outside the tenant is reported and its signature request canceled.
 * - A reminder may switch channel, but only to a contact Prix already has for that participant.
 * - Customers: only the tenant's own; the business-wide customer list is not exposed at all.
 * - Templates, tags and credits belong to the whole business and are open to both tenants.
 */
export function demoOperations(tenantOf: TenantOf, access: ContractAccess): OperationRule[] {
  // A rule may answer 'not-found' (404) instead of false (403): see `ContractAccess.ownsContract`.
  const rule =
    <TInput>(check: (tenant: Tenant, input: TInput) => AuthorizeAnswer | Promise<AuthorizeAnswer>) =>
    ({ request, input }: { request: Request; input: TInput }) => {
      const tenant = tenantOf(request);
      return tenant ? check(tenant, input) : false;
    };
  const always = rule(() => true);
  const pages = createHostedPageReconciler({
    client: access.client,
    scopeOf: (request) => {
      const tenant = tenantOf(request);
      return tenant ? { id: tenant.definition.id, customerIds: tenant.customerIds } : undefined;
    },
    onViolation: (report) =>
      console.warn(
        `[esign-kit demo] ${report.errorCode}: contract ${report.contractUuid} (customers ${report.customerIds.join(', ') || 'none'}) made on a page of tenant ${report.suspects.join(', ')}; signature ${report.canceled ? 'canceled' : 'not canceled'}.`,
      ),
    onError: (error) => console.warn('[esign-kit demo] reconciling hosted pages failed:', error),
  });
  return [
    pages.reconcileBefore(
      allow(
        listContracts,
        rule(
          (tenant, input) =>
            everyOwned(tenant, input.customerIds) &&
            input.customerCustomKeys === undefined &&
            input.hasNoCustomer === undefined,
        ),
      ),
    ),
    pages.reconcileBefore(
      allow(
        findContract,
        rule((tenant, input) => access.ownsContract(tenant.customerIds, input)),
      ),
    ),
    allow(
      contractDetailUrl,
      rule((tenant, input) => access.ownsContract(tenant.customerIds, { uuid: input.contractUuid })),
    ),
    allow(
      setContractTags,
      rule((tenant, input) => access.ownsContract(tenant.customerIds, { uuid: input.contractUuid })),
    ),
    allowReminderAddressOverride({
      authorize: rule((tenant, input) =>
        access.ownsSignature(tenant.customerIds, input.signatureUuid, input.participantUuid),
      ),
      allowAddress: rule(
        (tenant, input) =>
          input.sendInput !== undefined && access.isParticipantContact(tenant.customerIds, input, input.sendInput),
      ),
    }),
    allow(
      cancelSignature,
      rule((tenant, input) => access.ownsSignature(tenant.customerIds, input.signatureUuid)),
    ),
    allow(listTemplates, always),
    allow(getTemplate, always),
    pages.track(
      allow(
        createSignatureFromTemplate,
        rule((tenant, { input }) => {
          const customers = input.contract?.customers ?? [];
          return (
            customers.length > 0 &&
            customers.every((customer) => customer.customKey === undefined && everyOwned(tenant, [customer.id ?? 0])) &&
            input.contract?.connectedContractUuids === undefined
          );
        }),
      ),
    ),
    pages.track(
      allow(
        templateUseUrl,
        rule((tenant, { input }) => everyOwned(tenant, [input?.defaultValue?.customer?.id ?? 0])),
      ),
    ),
    pages.track(
      // `CUSTOMER` is not in Prix's published list (it has none): the sandbox honours it, and the
      // reconciler catches a bulk page that let the user pick another customer anyway.
      hideInputs(
        bulkContractUrl,
        ['CUSTOMER'],
        rule((tenant, { input }) => {
          const customer = input.defaultValue?.customer;
          return (
            customer?.customKey === undefined &&
            everyOwned(tenant, [customer?.id ?? 0]) &&
            input.customerId === undefined &&
            input.customerCustomKey === undefined &&
            (input.items ?? []).every((row) => row.customerTitle === undefined)
          );
        }),
      ),
    ),
    allow(listContractTags, always),
    allow(creditStatus, always),
    allow(listCreditUsages, always),
    allow(createCustomer, always),
    allow(
      getCustomer,
      rule((tenant, input) => tenant.customerIds.has(input.customerId)),
    ),
    allow(
      updateCustomer,
      rule((tenant, input) => tenant.customerIds.has(input.customerId)),
    ),
    allow(
      deleteCustomer,
      rule(
        (tenant, input) => tenant.customerIds.has(input.customerId) && input.customerId !== tenant.primaryCustomerId,
      ),
    ),
  ];
}

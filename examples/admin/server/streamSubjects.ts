import { listContracts } from '@esign-kit/core/server';
import type { EsignProxyEventsOptions } from '@esign-kit/proxy';
import type { ContractAccess } from './contractAccess.js';
import type { Tenant } from './tenants.js';

type TenantOf = (request: Request) => Tenant | undefined;
type AuthorizeStreamSubject = NonNullable<EsignProxyEventsOptions['authorizeSubject']>;

/** Contracts read per page while collecting the tenant's e-signatures. */
const pageSize = 100;

/**
 * Who may follow an e-signature on the live status stream (`events.authorizeSubject` of the
 * demo's proxy). By default the proxy asks each subject as its read, and an e-signature as
 * `listSignatures` with `{}` (Prix has no read of one e-signature), a business-wide list the demo
 * never allows: so the demo answers e-signatures itself, yes only for one of the tenant's
 * contracts' e-signatures ('not-found' otherwise, as for another tenant's contract), and leaves
 * contracts and workflows to their reads (`asRead`).
 */
export function authorizeStreamSubject(tenantOf: TenantOf, access: ContractAccess): AuthorizeStreamSubject {
  // The proxy asks once per subject with the same request: the tenant's e-signatures are read once.
  const owned = new WeakMap<Request, Promise<Set<string>>>();
  return async ({ request, subject }, asRead) => {
    if (subject.kind !== 'signature') return asRead();
    const tenant = tenantOf(request);
    if (!tenant) return false;
    let own = owned.get(request);
    if (!own) {
      own = signaturesOf(access, tenant.customerIds);
      owned.set(request, own);
    }
    return (await own).has(subject.id.toLowerCase()) ? true : 'not-found';
  };
}

/** Every e-signature uuid of the contracts of `customerIds` (lower case). */
async function signaturesOf(access: ContractAccess, customerIds: ReadonlySet<number>): Promise<Set<string>> {
  const found = new Set<string>();
  if (customerIds.size === 0) return found;
  for (let offset = 0; ; offset += pageSize) {
    const page = await access.client.request(listContracts, {
      customerIds: [...customerIds],
      signature: 'included',
      limit: pageSize,
      offset,
    });
    for (const contract of page.contracts) if (contract.signature) found.add(contract.signature.uuid.toLowerCase());
    if (offset + pageSize >= page.total || page.contracts.length === 0) return found;
  }
}

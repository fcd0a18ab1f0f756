import type { AnyOperation } from '@esign-kit/core/server';
import { parseUpstreamUrl } from '../upstreamUrl.js';
import { type PrixApiKey, prixVendor } from './prixVendor.js';
import type { Vendor } from './Vendor.js';

/** The proxy's vendors, checked once at start-up. */
export interface ResolvedVendors {
  /** Every vendor by its `id`: Prix's (when `apiKey` / `upstream` are given) and those of `vendors`. */
  readonly byId: ReadonlyMap<string, Vendor>;
  /** Every vendor's static secrets, without empties or repeats: redacted from every answer and log line. */
  readonly staticSecrets: readonly string[];
  /** The default allowlist: each vendor's `operations`, Prix's first. */
  readonly operations: readonly AnyOperation[];
}

/** The options vendors are made from. */
export interface VendorSettings {
  readonly apiKey?: PrixApiKey | undefined;
  readonly upstream?: string | undefined;
  readonly vendors?: readonly Vendor[] | undefined;
}

/** The id of the vendor an operation belongs to: its definition's `vendor`, else Prix. */
export function vendorIdOf(operation: Pick<AnyOperation, 'vendor'>): string {
  return operation.vendor ?? 'prix';
}

/**
 * Makes Prix's vendor from `apiKey` and `upstream`, adds those of `vendors`, and refuses (a
 * `TypeError`) what could not work: Prix without a usable key or upstream (both required unless
 * `vendors` has entries, and then both or neither), a vendor missing its parts, two vendors with
 * one id, a vendor listing another's operation.
 */
export function resolveVendors(settings: VendorSettings): ResolvedVendors {
  const extra = settings.vendors ?? [];
  if (!Array.isArray(extra)) {
    throw new TypeError('createEsignProxy: `vendors` must be an array, e.g. `vendors: [esignon({ … })]`.');
  }
  const vendors: Vendor[] = [];
  if (!extra.length || settings.apiKey !== undefined || settings.upstream !== undefined) {
    vendors.push(prix(settings));
  }
  for (const vendor of extra) vendors.push(checked(vendor));

  const byId = new Map<string, Vendor>();
  for (const vendor of vendors) {
    if (byId.has(vendor.id)) {
      const hint =
        vendor.id === 'prix' ? ' (Prix is made from `apiKey` and `upstream`: leave them out to bring your own)' : '';
      throw new TypeError(`createEsignProxy: two vendors share the id "${vendor.id}"${hint}.`);
    }
    byId.set(vendor.id, vendor);
    const foreign = vendor.operations.filter((operation) => vendorIdOf(operation) !== vendor.id);
    if (foreign.length) {
      throw new TypeError(
        `createEsignProxy: vendor "${vendor.id}" lists operations of another vendor: ${foreign.map((operation) => operation.id).join(', ')}.`,
      );
    }
  }
  const secrets = vendors.flatMap((vendor) => vendor.staticSecrets).filter((secret) => secret !== '');
  return {
    byId,
    staticSecrets: [...new Set(secrets)],
    operations: vendors.flatMap((vendor) => vendor.operations),
  };
}

/**
 * Refuses an allowed operation whose vendor is not configured (fail closed: it could only ever
 * fail, and late).
 */
export function assertVendorsConfigured(operations: readonly AnyOperation[], byId: ReadonlyMap<string, Vendor>): void {
  const orphans = operations.filter((operation) => !byId.has(vendorIdOf(operation)));
  if (!orphans.length) return;
  const list = orphans.map((operation) => `${operation.id} (vendor "${vendorIdOf(operation)}")`).join(', ');
  const fix = orphans.some((operation) => vendorIdOf(operation) === 'prix')
    ? 'Give `apiKey` and `upstream` for Prix, add the vendor to `vendors`, or leave the operations out.'
    : 'Add the vendor to `vendors` (e.g. `vendors: [esignon({ … })]`) or leave the operations out.';
  throw new TypeError(`createEsignProxy: no vendor is configured for ${list}. ${fix}`);
}

function prix(settings: VendorSettings): Vendor {
  const { apiKey } = settings;
  if (typeof apiKey === 'function' || (typeof apiKey === 'string' && apiKey.trim() !== '')) {
    return prixVendor({ apiKey, upstream: parseUpstreamUrl(String(settings.upstream), 'createEsignProxy') });
  }
  throw new TypeError('createEsignProxy: `apiKey` must be a non-empty string or a function returning one.');
}

function checked(vendor: Vendor): Vendor {
  const valid =
    typeof vendor === 'object' &&
    vendor !== null &&
    typeof vendor.id === 'string' &&
    vendor.id !== '' &&
    Array.isArray(vendor.operations) &&
    Array.isArray(vendor.staticSecrets) &&
    vendor.staticSecrets.every((secret) => typeof secret === 'string') &&
    typeof vendor.account === 'function' &&
    typeof vendor.call === 'function' &&
    (vendor.routes === undefined || Array.isArray(vendor.routes));
  if (!valid) {
    throw new TypeError(
      'createEsignProxy: each of `vendors` needs an `id`, `operations`, `staticSecrets`, `account` and `call` (see the `Vendor` type).',
    );
  }
  return vendor;
}

import { sha256Hex } from '../fingerprint.js';
import type { ResolvedProxyOptions } from '../options.js';

/** The API key a request is sent with, and the business it stands for in the store. */
export interface ResolvedKey {
  readonly apiKey: string;
  /** A hash of the key, never the key: separates businesses sharing a store. */
  readonly tenant: string;
}

/**
 * The key for a request that passed every check (a throwing or empty resolver is
 * a 500). Tenants are hashed once per key, for up to 10,000 keys.
 */
export function createKeyResolver(
  apiKeyOf: ResolvedProxyOptions['apiKey'],
): (request: Request) => Promise<ResolvedKey> {
  const tenants = new Map<string, Promise<string>>();
  const tenantOf = (apiKey: string) => {
    let tenant = tenants.get(apiKey);
    if (!tenant) {
      tenant = sha256Hex(apiKey);
      if (tenants.size < 10_000) tenants.set(apiKey, tenant);
    }
    return tenant;
  };
  return async (request) => {
    const apiKey = await apiKeyOf(request);
    if (!apiKey) throw new Error('apiKey resolved to an empty value.');
    return { apiKey, tenant: await tenantOf(apiKey) };
  };
}

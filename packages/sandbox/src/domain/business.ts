import type { OperationParsedInput, UpdateBusinessData } from '@esign-kit/core';
import type { CreateBusinessData, createBusiness, ManagedBusiness, updateBusiness } from '@esign-kit/core/server';
import type { SandboxState } from '../state/index.js';
import type { SandboxManagedBusiness } from '../state/model.js';
import { prixError } from '../vendorErrors.js';
import { randomToken, randomUuid } from './ids.js';
import { paginate } from './lists.js';
import { invalidRequest, type Outcome, ok } from './outcome.js';

/** The business's profile and settings, as `PATCH business` answers them. */
export function businessView(state: SandboxState): UpdateBusinessData {
  return {
    profile: { ...state.business.profile },
    configuration: { customerCustomName: state.business.configuration?.customerCustomName ?? null },
  };
}

/**
 * Changes the profile and/or the settings (§5.1); each is independent. Within `profile`, fields
 * left out keep their value (PATCH semantics; the reference does not say). `name` is required
 * whenever `profile` is sent: a request without it is answered `MISSING_PROFILE_NAME` before it
 * gets here (see `vendorValidation.ts`). Settings cannot be changed when the business has no
 * configuration record: `404 NOT_FOUND_CONFIGURATION` (set `state.business.configuration` to
 * `null` to reproduce it).
 */
export function updateBusinessProfile(
  state: SandboxState,
  input: OperationParsedInput<typeof updateBusiness>['input'],
): Outcome<UpdateBusinessData> {
  const { profile, configuration } = input;
  if (configuration && !state.business.configuration) return prixError('NOT_FOUND_CONFIGURATION');
  if (profile) {
    const current = state.business.profile;
    current.name = profile.name;
    current.registrationNumber = profile.registrationNumber ?? current.registrationNumber;
    current.ceo = profile.ceo ?? current.ceo;
    current.address = profile.address ?? current.address;
  }
  if (configuration && state.business.configuration) {
    const current = state.business.configuration;
    current.customerCustomName = configuration.customerCustomName ?? current.customerCustomName;
  }
  return ok(businessView(state));
}

/**
 * Creates a business under this platform (§6.1) with a new random uuid and a new (fake) API key;
 * `GET business/managing` lists it with that key. The password is checked by the schema and
 * never stored. The error table was not readable: a user e-mail already used by a managed
 * business is refused with `400 SANDBOX_INVALID_REQUEST`, as a real account service would refuse
 * it somehow.
 */
export function createManagedBusiness(
  state: SandboxState,
  input: OperationParsedInput<typeof createBusiness>['input'],
  now: Date,
): Outcome<CreateBusinessData> {
  const email = input.user.email;
  if (state.managedBusinesses.some((business) => business.users.some((user) => user.email === email))) {
    return invalidRequest(`이미 사용 중인 이메일입니다 (샌드박스): ${email}`);
  }
  const business: SandboxManagedBusiness = {
    uuid: randomUuid(),
    name: input.profile.name,
    registrationNumber: input.profile.registrationNumber ?? null,
    ceo: input.profile.ceo ?? null,
    address: input.profile.address ?? null,
    createdAt: now.toISOString(),
    apiKey: `sk_sandbox_${randomToken(18)}`,
    customerCustomName: input.customConfig?.customerCustomName ?? null,
    // The body names no user: the e-mail's local part stands in for the name.
    users: [{ name: email.slice(0, email.indexOf('@')), email }],
  };
  state.managedBusinesses.push(business);
  return ok({ apiKey: business.apiKey, uuid: business.uuid });
}

/** The businesses this platform created, oldest first, paged (§6.2). */
export function queryManagedBusinesses(
  state: SandboxState,
  input: { readonly limit?: number | undefined; readonly offset?: number | undefined },
): { total: number; page: ManagedBusiness[] } {
  const { total, page } = paginate(state.managedBusinesses, input);
  return {
    total,
    page: page.map((business) => ({ ...business, users: business.users.map((user) => ({ ...user })) })),
  };
}

import type { createBusiness, listManagedBusinesses, updateBusiness } from '@esign-kit/core/server';
import { createManagedBusiness, queryManagedBusinesses, updateBusinessProfile } from '../domain/business.js';
import { answer, type SandboxHandler, succeed } from './types.js';

/**
 * `PATCH business` (reference §5.1): profile and/or settings. `MISSING_PROFILE_NAME` is answered
 * by the input check (see `vendorValidation.ts`), `NOT_FOUND_CONFIGURATION` by the domain.
 */
export const updateBusinessHandler: SandboxHandler<typeof updateBusiness> = (input, { state }) =>
  answer(updateBusinessProfile(state, input.input), (data) => data);

/**
 * `POST business` (server-only, reference §6.1): a new managed business with a new random uuid
 * and API key (fake: the sandbox accepts only its own key).
 */
export const createBusinessHandler: SandboxHandler<typeof createBusiness> = (input, { state, now }) =>
  answer(createManagedBusiness(state, input.input, now()), (data) => data);

/** `GET business/managing` (server-only, reference §6.2): the managed businesses with their keys. */
export const listManagedBusinessesHandler: SandboxHandler<typeof listManagedBusinesses> = (input, { state }) => {
  const { total, page } = queryManagedBusinesses(state, input);
  return succeed({ total, businessList: page });
};

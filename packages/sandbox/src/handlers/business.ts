import { createBusiness, listManagedBusinesses, updateBusiness } from '@esign-kit/core/server';
import { createManagedBusiness, queryManagedBusinesses, updateBusinessProfile } from '../domain/business.js';
import { answer, sandboxHandler, succeed } from './types.js';

/**
 * `PATCH business` (reference §5.1): profile and/or settings. `MISSING_PROFILE_NAME` is answered
 * by the input check (see `vendorValidation.ts`), `NOT_FOUND_CONFIGURATION` by the domain.
 */
export const updateBusinessHandler = sandboxHandler(updateBusiness, {
  example: {
    input: {
      profile: { name: '프릭스 컴퍼니', registrationNumber: '123-12-12345', ceo: '이용우', address: '서울시 강남구' },
      configuration: { customerCustomName: '거래처' },
    },
  },
  handle: (input, { state }) => answer(updateBusinessProfile(state, input.input), (data) => data),
});

/**
 * `POST business` (server-only, reference §6.1): a new managed business with a new random uuid
 * and API key (fake: the sandbox accepts only its own key).
 */
export const createBusinessHandler = sandboxHandler(createBusiness, {
  example: {
    input: {
      user: { email: 'owner@abc.example', password: 'secret1234' },
      profile: { name: 'ABC컴퍼니', registrationNumber: '123-12-12345' },
      customConfig: { customerCustomName: '매장' },
    },
  },
  handle: (input, { state, now }) => answer(createManagedBusiness(state, input.input, now()), (data) => data),
});

/** `GET business/managing` (server-only, reference §6.2): the managed businesses with their keys. */
export const listManagedBusinessesHandler = sandboxHandler(listManagedBusinesses, {
  example: { limit: 100, offset: 0 },
  handle: (input, { state }) => {
    const { total, page } = queryManagedBusinesses(state, input);
    return succeed({ total, businessList: page });
  },
});

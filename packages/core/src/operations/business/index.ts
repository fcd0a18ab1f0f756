export {
  type CreateBusinessData,
  type CreateBusinessInput,
  createBusiness,
  createBusinessDataSchema,
} from './createBusiness.js';
export {
  type CreditStatusData,
  type CreditStatusInput,
  creditStatus,
  creditStatusDataSchema,
} from './creditStatus.js';
export {
  type CreditUsage,
  creditUsageSchema,
  type ListCreditUsagesData,
  type ListCreditUsagesInput,
  listCreditUsages,
  listCreditUsagesDataSchema,
} from './listCreditUsages.js';
export {
  type ListManagedBusinessesData,
  type ListManagedBusinessesInput,
  listManagedBusinesses,
  listManagedBusinessesDataSchema,
  type ManagedBusiness,
  managedBusinessSchema,
} from './listManagedBusinesses.js';
export { type BusinessProfile, businessProfileSchema } from './schemas.js';
export {
  type UpdateBusinessData,
  type UpdateBusinessInput,
  updateBusiness,
  updateBusinessDataSchema,
} from './updateBusiness.js';

export {
  type CreateCustomerData,
  type CreateCustomerInput,
  createCustomer,
  createCustomerDataSchema,
} from './createCustomer.js';
export {
  type DeleteCustomerData,
  type DeleteCustomerInput,
  deleteCustomer,
  deleteCustomerDataSchema,
} from './deleteCustomer.js';
export {
  type GetCustomerData,
  type GetCustomerInput,
  getCustomer,
  getCustomerDataSchema,
} from './getCustomer.js';
export {
  type ListCustomersData,
  type ListCustomersInput,
  listCustomers,
  listCustomersDataSchema,
} from './listCustomers.js';
export {
  type Customer,
  type CustomerManager,
  type CustomerManagerRole,
  customerManagerRoleSchema,
  customerManagerSchema,
  customerSchema,
} from './schemas.js';
export {
  type UpdateCustomerData,
  type UpdateCustomerInput,
  updateCustomer,
  updateCustomerDataSchema,
} from './updateCustomer.js';

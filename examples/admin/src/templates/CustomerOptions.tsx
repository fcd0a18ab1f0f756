import { useCustomer } from '@esign-kit/react';

/** `<option>`s for the tenant's customers, each named from `useCustomer`. */
export function CustomerOptions({ customerIds }: { customerIds: readonly number[] }) {
  return customerIds.map((id) => <CustomerOption key={id} customerId={id} />);
}

function CustomerOption({ customerId }: { customerId: number }) {
  const { data } = useCustomer({ customerId });
  return <option value={customerId}>{data?.title ?? `#${customerId}`}</option>;
}

import { useOpenPageHint } from '@esign-kit/react/events';
import { useState } from 'react';

/**
 * While a hosted page of this contract is open (from the click to its close, completion or
 * failure), tells the proxy so: it then reads the contract from Prix every couple of seconds
 * instead of every fifteen, so a signature made on that page shows here within seconds. Spread
 * the handlers on the page button; `undefined` (the contract not loaded yet) hints nothing.
 */
export function useContractPageHint(contractUuid: string | undefined) {
  const [open, setOpen] = useState(false);
  useOpenPageHint(contractUuid ? [{ kind: 'contract', id: contractUuid }] : [], open && contractUuid !== undefined);
  const settled = () => setOpen(false);
  return { onClick: () => setOpen(true), onClose: settled, onComplete: settled, onError: settled };
}

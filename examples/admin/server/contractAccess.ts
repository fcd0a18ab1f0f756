import {
  type EsignClient,
  type FindContractInput,
  findContract,
  isEsignKitError,
  listContracts,
} from '@esign-kit/core';

/**
 * Row-level lookups for the proxy's checks, made with the server client (the API key, straight to
 * Prix). The proxy's `authorize` sees the request's input, not Prix's answer, so a rule about a
 * single contract has to look that contract up first.
 */
export interface ContractAccess {
  /** Whether the contract exists and is linked to one of `customerIds`. */
  ownsContract(customerIds: ReadonlySet<number>, contract: FindContractInput): Promise<boolean>;
  /**
   * Whether the signature belongs to a contract of `customerIds` (and, when given, has that
   * participant). Prix has no lookup from a signature to its contract, so this pages through the
   * tenant's own contracts.
   */
  ownsSignature(customerIds: ReadonlySet<number>, signatureUuid: string, participantUuid?: string): Promise<boolean>;
}

const pageSize = 100;

export function createContractAccess(client: EsignClient): ContractAccess {
  return {
    async ownsContract(customerIds, input) {
      try {
        const { contract } = await client.request(findContract, input);
        return contract.customers.some((customer) => customerIds.has(customer.id));
      } catch (error) {
        // Not found or malformed: refused like another tenant's, so nobody can probe for keys.
        if (isEsignKitError(error) && error.status !== undefined && error.status < 500) return false;
        throw error;
      }
    },
    async ownsSignature(customerIds, signatureUuid, participantUuid) {
      if (customerIds.size === 0) return false;
      const uuid = signatureUuid.toLowerCase();
      for (let offset = 0; ; offset += pageSize) {
        const page = await client.request(listContracts, {
          customerIds: [...customerIds],
          signature: 'included',
          limit: pageSize,
          offset,
        });
        const signature = page.contracts.find((contract) => contract.signature?.uuid.toLowerCase() === uuid)?.signature;
        if (signature) {
          return (
            participantUuid === undefined ||
            signature.participants.some(
              (participant) => participant.uuid.toLowerCase() === participantUuid.toLowerCase(),
            )
          );
        }
        if (offset + pageSize >= page.total || page.contracts.length === 0) return false;
      }
    },
  };
}

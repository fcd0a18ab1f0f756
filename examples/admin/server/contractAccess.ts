import { type EsignClient, type FindContractInput, isEsignKitError, type ListContractsData } from '@esign-kit/core';
import { findContract, listContracts } from '@esign-kit/core/server';

/**
 * Row-level lookups for the proxy's checks, made with the server client (the API key, straight to
 * Prix). The proxy's `authorize` sees the request's input, not Prix's answer, so a rule about a
 * single contract has to look that contract up first.
 */
export interface ContractAccess {
  /** The server client the lookups use (it also reconciles what hosted pages did). */
  readonly client: EsignClient;
  /**
   * `true` when the contract exists and is linked to one of `customerIds`; `'not-found'` when it
   * does not exist or belongs to another tenant, alike, so the proxy answers 404 "no such
   * contract" for both and nobody can probe for keys (see `authorize` in the proxy's docs).
   */
  ownsContract(customerIds: ReadonlySet<number>, contract: FindContractInput): Promise<true | 'not-found'>;
  /**
   * Whether the signature belongs to a contract of `customerIds` (and, when given, has that
   * participant). Prix has no lookup from a signature to its contract, so this pages through the
   * tenant's own contracts.
   */
  ownsSignature(customerIds: ReadonlySet<number>, signatureUuid: string, participantUuid?: string): Promise<boolean>;
  /**
   * Whether `address` is a contact Prix has for that participant (its e-mail for `EMAIL`, its
   * phone for `PHONE`): a reminder may switch channel, but never go to an address a user typed.
   */
  isParticipantContact(
    customerIds: ReadonlySet<number>,
    signature: { readonly signatureUuid: string; readonly participantUuid: string },
    sendInput: { readonly sendType: string; readonly sendAddress: string },
  ): Promise<boolean>;
}

const pageSize = 100;

type ListedSignature = NonNullable<ListContractsData['contracts'][number]['signature']>;

export function createContractAccess(client: EsignClient): ContractAccess {
  /** The signature, when it belongs to a contract of `customerIds`. */
  async function findOwnSignature(
    customerIds: ReadonlySet<number>,
    signatureUuid: string,
  ): Promise<ListedSignature | undefined> {
    if (customerIds.size === 0) return undefined;
    const uuid = signatureUuid.toLowerCase();
    for (let offset = 0; ; offset += pageSize) {
      const page = await client.request(listContracts, {
        customerIds: [...customerIds],
        signature: 'included',
        limit: pageSize,
        offset,
      });
      const signature = page.contracts.find((contract) => contract.signature?.uuid.toLowerCase() === uuid)?.signature;
      if (signature) return signature;
      if (offset + pageSize >= page.total || page.contracts.length === 0) return undefined;
    }
  }
  const participantOf = (signature: ListedSignature | undefined, participantUuid: string) =>
    signature?.participants.find((participant) => participant.uuid.toLowerCase() === participantUuid.toLowerCase());

  return {
    client,
    async ownsContract(customerIds, input) {
      try {
        const { contract } = await client.request(findContract, input);
        return contract.customers.some((customer) => customerIds.has(customer.id)) || 'not-found';
      } catch (error) {
        // Not found or malformed: answered like another tenant's, so nobody can probe for keys.
        if (isEsignKitError(error) && error.status !== undefined && error.status < 500) return 'not-found';
        throw error;
      }
    },
    async ownsSignature(customerIds, signatureUuid, participantUuid) {
      const signature = await findOwnSignature(customerIds, signatureUuid);
      return signature !== undefined && (participantUuid === undefined || !!participantOf(signature, participantUuid));
    },
    async isParticipantContact(customerIds, { signatureUuid, participantUuid }, { sendType, sendAddress }) {
      const participant = participantOf(await findOwnSignature(customerIds, signatureUuid), participantUuid);
      const contact = sendType === 'EMAIL' ? participant?.email : sendType === 'PHONE' ? participant?.phone : undefined;
      return !!contact && contact.trim().toLowerCase() === sendAddress.trim().toLowerCase();
    },
  };
}

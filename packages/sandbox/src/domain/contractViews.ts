import type { Contract, ContractSignature, ContractSummary, LegacyContract, Participant } from '@esign-kit/core';
import type { SandboxState } from '../state/index.js';
import type { SandboxContract, SandboxParticipant, SandboxSignature } from '../state/model.js';
import { linkedCustomers } from './customers.js';

// Each endpoint prints a contract its own way (reference §2.2, §2.4, §2.12). These functions cut
// the stored record down to exactly the fields of each response: the sandbox never answers keys
// the data schemas do not describe.

/** A participant as the contract endpoints print it (uuid, name, status, auth, send, email, phone, role, language). */
export function toParticipantView(participant: SandboxParticipant): Participant {
  const { uuid, name, status, auth, send, email, phone, role, language } = participant;
  return { uuid, name, status, auth, send, email, phone, role, language };
}

/** The e-signature of a contract, as `find` and the deprecated item endpoint print it. */
export function toSignatureView(signature: SandboxSignature): ContractSignature {
  return {
    uuid: signature.uuid,
    title: signature.title,
    expiredDate: signature.expiredDate,
    status: signature.status,
    createdAt: signature.createdAt,
    participants: signature.participants.map(toParticipantView),
    objects: signature.objects.map(({ contents, type, category, name, description }) => ({
      contents,
      type,
      category,
      name,
      description,
    })),
  };
}

/**
 * A contract as `GET contracts/find` prints it. `id` is a string here ("1" in the reference's
 * example) and a number in the list: the sandbox keeps that documented quirk.
 */
export function toFindView(state: SandboxState, contract: SandboxContract): Contract {
  return {
    id: String(contract.id),
    uuid: contract.uuid,
    title: contract.title,
    customers: linkedCustomers(state, contract.customerIds),
    file: contract.file,
    concludedFile: contract.concludedFile,
    ...(contract.wordFile === undefined ? {} : { wordFile: contract.wordFile }),
    createdAt: contract.createdAt,
    updatedAt: contract.updatedAt,
    customKey: contract.customKey,
    status: contract.status,
    type: contract.type,
    contractDate: { ...contract.contractDate },
    managerNames: [...contract.managerNames],
    signature: contract.signature ? toSignatureView(contract.signature) : null,
  };
}

/** A contract as the deprecated `GET contracts/[uuid]` prints it (no `DELETED` status there). */
export function toLegacyView(contract: SandboxContract): LegacyContract {
  return {
    uuid: contract.uuid,
    title: contract.title,
    file: contract.file,
    concludedFile: contract.concludedFile,
    createdAt: contract.createdAt,
    status: contract.status as LegacyContract['status'],
    signature: contract.signature ? toSignatureView(contract.signature) : null,
  };
}

/** A contract in the list (§2.4): numeric ids, `updatedAt`, object ids, custom columns; no files. */
export function toSummaryView(contract: SandboxContract): ContractSummary {
  const { signature } = contract;
  return {
    id: contract.id,
    uuid: contract.uuid,
    customKey: contract.customKey,
    title: contract.title,
    status: contract.status as ContractSummary['status'],
    type: contract.type,
    createdAt: contract.createdAt,
    updatedAt: contract.updatedAt,
    contractDate: {
      startDate: contract.contractDate.startDate,
      endDate: contract.contractDate.endDate,
      concludedDate: contract.contractDate.concludedDate,
    },
    signature: signature
      ? {
          id: signature.id,
          uuid: signature.uuid,
          title: signature.title,
          expiredDate: signature.expiredDate,
          status: signature.status,
          createdAt: signature.createdAt,
          updatedAt: signature.updatedAt,
          participants: signature.participants.map(toParticipantView),
          objects: signature.objects.map(({ id, contents, type, category, name, description }) => ({
            id,
            contents,
            type,
            category,
            name,
            description,
          })),
        }
      : null,
    columnItems: contract.columnItems.map(({ value, slug, name }) => ({ value, slug, name })),
  };
}

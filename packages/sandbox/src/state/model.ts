import type {
  ContractStatus,
  ContractType,
  CustomerManager,
  ExtraAuth,
  ParticipantType,
  SendChannel,
  SignatureStatus,
  TagColorCode,
} from '@esign-kit/core';

// The records the sandbox keeps. They hold more than any one endpoint prints (ids, orders, the
// template a signature came from); the views in `domain/*Views.ts` cut them to each response.

/**
 * A participant's progress. Only `CREATED` appears in the reference; the sandbox moves
 * participants CREATED (not their turn yet) → WAITING (asked to sign) → DONE (signed).
 */
export type ParticipantStatus = 'CREATED' | 'WAITING' | 'DONE';

/** One signer of an e-signature. */
export interface SandboxParticipant {
  uuid: string;
  name: string;
  status: ParticipantStatus;
  auth: SendChannel;
  send: SendChannel;
  email: string | null;
  phone: string | null;
  /** The template role (`갑`, `을`, `고객`), or `null` for a signature made without a template. */
  role: string | null;
  language: 'KOREAN';
  /** Signing order, from 1. */
  order: number;
  message: string | null;
  extraAuthList: ExtraAuth[] | null;
  /** When the participant signed (sandbox clock), `null` until then. */
  doneAt: string | null;
}

/** An input object (입력값) of a signature: the template's object with its filled-in contents. */
export interface SandboxSignatureObject {
  id: number;
  contents: string;
  type: 'TEXT' | 'SIGNATURE' | 'CHECKBOX';
  category: 'DEFAULT' | 'INPUT';
  name: string;
  description: string;
}

/** The facilitator of an in-person (대면) signing. */
export interface SandboxFacilitator {
  uuid: string;
  name: string;
  email: string;
}

/** An extra recipient of a signature request (`input.signature.additionalRequests[]`). */
export interface SandboxAdditionalRequest {
  role?: string | undefined;
  type?: SendChannel | undefined;
  contact?: string | undefined;
}

/** The e-signature of a contract. */
export interface SandboxSignature {
  id: number;
  uuid: string;
  title: string;
  expiredDate: string;
  status: SignatureStatus;
  createdAt: string;
  updatedAt: string;
  /** `ORDER`: one participant at a time, by `order`; `TOGETHER`: all at once. */
  participantType: ParticipantType;
  ccEmails: string[] | null;
  requesterName: string | null;
  redirectUrl: string | null;
  /** `option.skipSend`: no participation notices are recorded for this signature. */
  skipSend: boolean;
  facilitator: SandboxFacilitator | null;
  additionalRequests: SandboxAdditionalRequest[];
  participants: SandboxParticipant[];
  objects: SandboxSignatureObject[];
}

/** A custom-column value of a contract (`columnItems[]`). */
export interface SandboxColumnItem {
  slug: string;
  name: string;
  value: string;
}

/** Someone told about the contract once it is concluded (`shareNotification.receivers[]`). */
export interface SandboxShareReceiver {
  method: SendChannel;
  contact: string;
  name: string;
}

/** A contract (계약서) and its e-signature, if one was requested. */
export interface SandboxContract {
  id: number;
  uuid: string;
  title: string;
  /** Linked customers, by id; printed with their current title and customKey. */
  customerIds: number[];
  /** Connected tags, by id. */
  tagIds: number[];
  file: string;
  concludedFile: string | null;
  wordFile?: string;
  createdAt: string;
  updatedAt: string;
  customKey: string | null;
  status: ContractStatus;
  type: ContractType;
  contractDate: { startDate: string | null; endDate: string | null; concludedDate: string | null };
  managerNames: string[];
  columnItems: SandboxColumnItem[];
  connectedContractUuids: string[];
  additionalFiles: string[];
  shareReceivers: SandboxShareReceiver[];
  /** The template the contract was made from, if any. */
  templateId: number | null;
  signature: SandboxSignature | null;
}

/** An input object of a template. */
export interface SandboxTemplateObject {
  id: number;
  /** Set when the template editor gave the object a slug (`items[].slug`). */
  slug: string | null;
  type: 'TEXT' | 'SIGNATURE' | 'CHECKBOX';
  category: 'DEFAULT' | 'INPUT';
  name: string;
  description: string;
  /**
   * A pre-input value (category `DEFAULT`) the requester must fill (`items[]`); missing, the
   * request fails with `INVALID_ADDITIONAL_INPUT`. Sandbox-side notion: the reference only names
   * the error ("추가 입력값이 없는 경우").
   */
  required: boolean;
}

/** An e-signature template (전자서명 템플릿). */
export interface SandboxTemplate {
  id: number;
  name: string;
  slug: string | null;
  participantType: ParticipantType;
  ccEmails: string[];
  managerNames: string[];
  createdAt: string;
  updatedAt: string;
  contractFile: string;
  /** Roles in signing order. */
  participants: { id: number; order: number; role: string }[];
  objects: SandboxTemplateObject[];
  tagIds: number[];
  signatureCount: number;
  /** The template option "일부 참여자에게 요청": a request may name only some roles. */
  allowPartialParticipants: boolean;
}

/** A contract tag. */
export interface SandboxTag {
  id: number;
  name: string;
  colorCode: TagColorCode;
  order: number;
}

/** A custom column Prix set up for the business (slug → display name). */
export interface SandboxCustomColumn {
  slug: string;
  name: string;
}

/** A customer (고객). Optional fields are left out of responses when unset. */
export interface SandboxCustomer {
  id: number;
  title: string;
  customKey: string | null;
  ceo?: string;
  registrationNumber?: string;
  address?: string;
  industry?: string;
  category?: string;
  managers?: CustomerManager[];
}

/** A member of a business (the API key acts as one of them). */
export interface SandboxUser {
  id: number;
  uuid: string;
  name: string;
  role: 'USER';
  email: string;
  language: 'KOREAN';
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The business the sandbox's API key belongs to. */
export interface SandboxBusiness {
  uuid: string;
  profile: { name: string; registrationNumber: string | null; ceo: string | null; address: string | null };
  /** `null` reproduces `NOT_FOUND_CONFIGURATION` on `PATCH business`. */
  configuration: { customerCustomName: string | null } | null;
  /** `users[0]` is the API member: credit usages are recorded under it. */
  users: SandboxUser[];
}

/** A business created by this (platform) business, with its own API key. */
export interface SandboxManagedBusiness {
  uuid: string;
  name: string;
  registrationNumber: string | null;
  ceo: string | null;
  address: string | null;
  createdAt: string;
  /** A fake key: the sandbox only accepts its own configured key. */
  apiKey: string;
  customerCustomName: string | null;
  users: { name: string; email: string }[];
}

/** The credit balance. `remainingCount` is printed as the two remainders added up. */
export interface SandboxCredits {
  /** Free credits per period. */
  defaultCount: number;
  remainingDefaultCount: number;
  /** Credits bought. */
  paidCreditCount: number;
  /** Bought credits not used yet (free credits are used first). */
  remainingPaidCount: number;
}

/** One use of a credit. */
export interface SandboxCreditUsage {
  id: number;
  /** `SIGNATURE_IDENTIFICATION` (mobile identity check) or `TAX_BILL`. */
  case: string;
  userId: number;
  /** The signature that used it, when there is one. */
  signatureUuid: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The next numeric id of each kind of record (ids are never reused, even after a delete). */
export interface SandboxCounters {
  contract: number;
  signature: number;
  template: number;
  templateObject: number;
  templateParticipant: number;
  customer: number;
  tag: number;
  creditUsage: number;
}

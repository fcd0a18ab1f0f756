import type { ParticipantType, SendChannel } from '@esign-kit/core';
import type { SandboxState } from '../state/index.js';
import type { SandboxColumnItem, SandboxContract, SandboxParticipant, SandboxSignature } from '../state/model.js';
import { requireContract } from './contracts.js';
import { requireCustomer } from './customers.js';
import { fileUrl } from './files.js';
import { nextId, randomUuid } from './ids.js';
import { requestWaitingParticipants } from './notifications.js';
import { invalidRequest, type Outcome, ok } from './outcome.js';
import { defaultExpiryMs, emailPattern } from './templateRequest.js';

/** A participant entered on a hosted page (no template, so no role). */
export interface ManualParticipant {
  readonly name: string;
  readonly send: SendChannel;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  readonly message?: string | undefined;
}

/** An e-signature request made on a hosted page, without a template. */
export interface ManualSignatureRequest {
  /** `ORDER`: one after another, in the order given; `TOGETHER`: all at once. */
  readonly participantType: ParticipantType;
  readonly participants: readonly ManualParticipant[];
  /** ISO-8601; 15 days from now when left out (as for template requests). */
  readonly expiredDate?: string | undefined;
}

/** A contract registered on the contract form page (reference §2.1, §2.13). */
export interface ContractRegistration {
  readonly title: string;
  readonly customerIds: readonly number[];
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly slugColumns?: readonly { readonly slug: string; readonly value: string }[];
  /** Left out: the contract is registered without an e-signature (`signature: null`). */
  readonly signature?: ManualSignatureRequest | undefined;
}

/**
 * Registers a contract, as Prix's contract form page does when the user submits it (§2.1: the
 * page "registers a contract and requests its e-signature"). The contract is `CREATED`, of type
 * `NEW`, linked to existing customers only, with custom columns Prix set up; with participants,
 * its e-signature is requested at once (see {@link requestSignatureOnContract}).
 *
 * The form page's error table was not readable, so every refusal is
 * `400 SANDBOX_INVALID_REQUEST` (an unknown customer: `404 NOT_FOUND_CUSTOMER`), and nothing is
 * changed on a refusal.
 */
export function registerContract(
  state: SandboxState,
  registration: ContractRegistration,
  now: Date,
): Outcome<SandboxContract> {
  if (registration.title.trim() === '') return invalidRequest('계약서 제목을 입력해 주세요 (샌드박스).');
  for (const id of registration.customerIds) {
    const customer = requireCustomer(state, id);
    if (!customer.ok) return customer;
  }
  const columnItems: SandboxColumnItem[] = [];
  for (const { slug, value } of registration.slugColumns ?? []) {
    const column = state.customColumns.find((candidate) => candidate.slug === slug);
    if (!column) return invalidRequest(`설정되지 않은 커스텀 컬럼입니다 (샌드박스): ${slug}`);
    if (value !== '') columnItems.push({ slug, name: column.name, value });
  }
  if (registration.signature) {
    const checked = checkSignatureRequest(registration.signature, now);
    if (!checked.ok) return checked;
  }

  const at = now.toISOString();
  const uuid = randomUuid();
  const contract: SandboxContract = {
    id: nextId(state, 'contract'),
    uuid,
    title: registration.title.trim(),
    customerIds: [...new Set(registration.customerIds)],
    tagIds: [],
    file: fileUrl(uuid, 'contract.pdf'),
    concludedFile: null,
    createdAt: at,
    updatedAt: at,
    customKey: null,
    status: 'CREATED',
    type: 'NEW',
    contractDate: {
      startDate: registration.startDate ?? null,
      endDate: registration.endDate ?? null,
      concludedDate: null,
    },
    managerNames: [],
    columnItems,
    connectedContractUuids: [],
    additionalFiles: [],
    shareReceivers: [],
    templateId: null,
    signature: null,
  };
  state.contracts.push(contract);
  if (registration.signature) attachSignature(state, contract, registration.signature, now);
  return ok(contract);
}

/**
 * Requests an e-signature on a registered contract that has none (§2.11, "등록된 계약서로
 * 전자서명 요청"): the signature is `WAITING`, titled like the contract; with `ORDER` the first
 * participant is `WAITING` and the others `CREATED` until their turn, with `TOGETHER` all are
 * `WAITING`; `WAITING` participants get a request notice. A contract that already has an
 * e-signature is refused (the reference says the page is "not usable" then, without a code).
 */
export function requestSignatureOnContract(
  state: SandboxState,
  contractUuid: string,
  request: ManualSignatureRequest,
  now: Date,
): Outcome<SandboxContract & { signature: SandboxSignature }> {
  const found = requireContract(state, contractUuid);
  if (!found.ok) return found;
  const contract = found.value;
  if (contract.signature) return invalidRequest(`이미 전자서명이 요청된 계약서입니다 (샌드박스): ${contract.uuid}`);
  const checked = checkSignatureRequest(request, now);
  if (!checked.ok) return checked;
  return ok(attachSignature(state, contract, request, now));
}

/** Participants need a name and the address of their channel; the expiry must be in the future. */
function checkSignatureRequest(request: ManualSignatureRequest, now: Date): Outcome<void> {
  if (request.participants.length === 0) return invalidRequest('참여자를 한 명 이상 입력해 주세요 (샌드박스).');
  for (const participant of request.participants) {
    if (participant.name.trim() === '') return invalidRequest('참여자 이름을 입력해 주세요 (샌드박스).');
    const address = participant.send === 'EMAIL' ? participant.email : participant.phone;
    if (!address) {
      return invalidRequest(
        `${participant.name} 참여자의 발송 수단(${participant.send})에 해당하는 연락처가 없습니다 (샌드박스).`,
      );
    }
    if (participant.email && !emailPattern.test(participant.email)) {
      return invalidRequest(`${participant.name} 참여자의 이메일 주소가 올바르지 않습니다 (샌드박스).`);
    }
  }
  if (request.expiredDate !== undefined && !(Date.parse(request.expiredDate) > now.getTime())) {
    return invalidRequest('서명 만료일은 현재 시간 이후여야 합니다 (샌드박스).');
  }
  return ok(undefined);
}

function attachSignature(
  state: SandboxState,
  contract: SandboxContract,
  request: ManualSignatureRequest,
  now: Date,
): SandboxContract & { signature: SandboxSignature } {
  const at = now.toISOString();
  const signature: SandboxSignature = {
    id: nextId(state, 'signature'),
    uuid: randomUuid(),
    title: contract.title,
    expiredDate: request.expiredDate ?? new Date(now.getTime() + defaultExpiryMs).toISOString(),
    status: 'WAITING',
    createdAt: at,
    updatedAt: at,
    participantType: request.participantType,
    ccEmails: null,
    requesterName: state.business.profile.name,
    redirectUrl: null,
    skipSend: false,
    facilitator: null,
    additionalRequests: [],
    participants: request.participants.map(
      (participant, index): SandboxParticipant => ({
        uuid: randomUuid(),
        name: participant.name.trim(),
        status: request.participantType === 'TOGETHER' || index === 0 ? 'WAITING' : 'CREATED',
        auth: participant.send,
        send: participant.send,
        email: participant.email || null,
        phone: participant.phone || null,
        role: null,
        language: 'KOREAN',
        order: index + 1,
        message: participant.message || null,
        extraAuthList: null,
        doneAt: null,
      }),
    ),
    // No template, so no input objects.
    objects: [],
  };
  contract.signature = signature;
  contract.updatedAt = at;
  requestWaitingParticipants(state, signature, now);
  return contract as SandboxContract & { signature: SandboxSignature };
}

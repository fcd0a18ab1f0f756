import type { CreateSignatureFromTemplateData, RequestedParticipant } from '@esign-kit/core';
import type { SandboxState } from '../state/index.js';
import type { SandboxContract, SandboxParticipant, SandboxSignature, SandboxTemplate } from '../state/model.js';
import { checkIdentificationCredits, consumeIdentificationCredits } from './credits.js';
import { fileUrl } from './files.js';
import { nextId, randomUuid } from './ids.js';
import { notify, requestWaitingParticipants } from './notifications.js';
import { type Outcome, ok } from './outcome.js';
import { type PreparedTemplateRequest, prepareTemplateRequest, type TemplateRequestBody } from './templateRequest.js';
import { requireTemplate } from './templates.js';

/**
 * Creates a contract from a template and requests its e-signature (reference §3.4):
 *
 * - the contract is `CREATED`, linked to the given customers, tagged with the template's tags and
 *   managed by its managers (both inferences: the template is where they are set up);
 * - the signature is `WAITING`. Participants follow the template's order: with `ORDER`, the first
 *   is `WAITING` and the others `CREATED` until their turn; with `TOGETHER`, all are `WAITING`.
 *   (The reference's example prints one participant `CREATED`; `WAITING` is what lets the
 *   sandbox's signing flow tell whose turn it is.)
 * - the template's `signatureCount` goes up by one;
 * - unless `option.skipSend`, `WAITING` participants and extra recipients get a request notice;
 * - each mobile identity check takes a credit (`403 NOT_ALLOWED_PASS_AUTH_NOT_ENOUGH` when too few).
 */
export function requestSignatureFromTemplate(
  state: SandboxState,
  templateKey: number | string,
  body: TemplateRequestBody,
  now: Date,
): Outcome<SandboxContract & { signature: SandboxSignature }> {
  const template = requireTemplate(state, templateKey, 'NOT_FOUND_SIGNATURE_TEMPLATE');
  if (!template.ok) return template;
  const prepared = prepareTemplateRequest(state, template.value, body, now);
  if (!prepared.ok) return prepared;
  const credits = checkIdentificationCredits(state, prepared.value.identityChecks);
  if (!credits.ok) return credits;

  const contract = buildContract(state, template.value, body, prepared.value, now);
  state.contracts.push(contract);
  template.value.signatureCount += 1;
  const { signature } = contract;
  consumeIdentificationCredits(state, prepared.value.identityChecks, signature.uuid, now);
  requestWaitingParticipants(state, signature, now);
  if (!signature.skipSend) {
    for (const request of signature.additionalRequests) {
      if (!request.type || !request.contact) continue;
      const entry = { signatureUuid: signature.uuid, participantUuid: null, reason: 'ADDITIONAL_REQUEST' } as const;
      notify(state, { ...entry, sendType: request.type, sendAddress: request.contact }, now);
    }
  }
  return ok(contract);
}

function buildContract(
  state: SandboxState,
  template: SandboxTemplate,
  body: TemplateRequestBody,
  prepared: PreparedTemplateRequest,
  now: Date,
): SandboxContract & { signature: SandboxSignature } {
  const at = now.toISOString();
  const uuid = randomUuid();
  const dates = body.contract?.contractDate;
  return {
    id: nextId(state, 'contract'),
    uuid,
    title: body.title,
    customerIds: [...prepared.customerIds],
    tagIds: [...template.tagIds],
    file: fileUrl(uuid, 'contract.pdf'),
    concludedFile: null,
    createdAt: at,
    updatedAt: at,
    customKey: body.contract?.customKey ?? null,
    status: 'CREATED',
    type: body.contract?.type ?? 'NEW',
    contractDate: {
      startDate: dates?.startDate ?? null,
      endDate: dates?.endDate ?? null,
      concludedDate: dates?.concludedDate ?? null,
    },
    managerNames: [...template.managerNames],
    columnItems: [...prepared.columnItems],
    connectedContractUuids: (body.contract?.connectedContractUuids ?? []).map((value) => value.toLowerCase()),
    additionalFiles: [...(body.additionalFiles ?? [])],
    shareReceivers: [...(body.contract?.shareNotification?.receivers ?? [])],
    templateId: template.id,
    signature: buildSignature(state, template, body, prepared, at),
  };
}

function buildSignature(
  state: SandboxState,
  template: SandboxTemplate,
  body: TemplateRequestBody,
  prepared: PreparedTemplateRequest,
  at: string,
): SandboxSignature {
  const ccEmails = [...template.ccEmails, ...(body.signature?.ccEmails ?? [])];
  const firstOrder = prepared.participants[0]?.order;
  const facilitator = body.signature?.facilitator;
  return {
    id: nextId(state, 'signature'),
    uuid: randomUuid(),
    title: body.title,
    expiredDate: prepared.expiredDate,
    status: 'WAITING',
    createdAt: at,
    updatedAt: at,
    participantType: template.participantType,
    // The reference's example answers `null` for an empty list.
    ccEmails: ccEmails.length ? ccEmails : null,
    requesterName: body.signature?.requesterName ?? state.business.profile.name,
    redirectUrl: body.signature?.redirectUrl ?? null,
    skipSend: body.option?.skipSend ?? false,
    facilitator: facilitator ? { uuid: randomUuid(), name: facilitator.name, email: facilitator.email } : null,
    additionalRequests: (body.signature?.additionalRequests ?? []).map((request) => ({ ...request })),
    participants: prepared.participants.map(
      ({ role, order, input }): SandboxParticipant => ({
        uuid: randomUuid(),
        name: input.name,
        status: template.participantType === 'TOGETHER' || order === firstOrder ? 'WAITING' : 'CREATED',
        auth: input.auth,
        send: input.send,
        email: input.email ?? null,
        phone: input.phone ?? null,
        role,
        language: 'KOREAN',
        order,
        message: null,
        extraAuthList: input.extraAuthList ? structuredClone(input.extraAuthList) : null,
        doneAt: null,
      }),
    ),
    objects: template.objects.map(({ id, type, category, name, description }) => ({
      id,
      contents: prepared.contents.get(id) ?? '',
      type,
      category,
      name,
      description,
    })),
  };
}

/** The response of the create-signature endpoint: the new signature and a short contract. */
export function toCreatedView(
  contract: SandboxContract & { signature: SandboxSignature },
): CreateSignatureFromTemplateData {
  const { signature } = contract;
  return {
    signature: {
      uuid: signature.uuid,
      title: signature.title,
      expiredDate: signature.expiredDate,
      status: signature.status,
      createdAt: signature.createdAt,
      ccEmails: signature.ccEmails ? [...signature.ccEmails] : null,
      ...(signature.facilitator ? { facilitator: { ...signature.facilitator } } : {}),
      participants: signature.participants.map(toRequestedParticipant),
    },
    contract: {
      uuid: contract.uuid,
      file: contract.file,
      status: contract.status === 'CONCLUDED' ? 'CONCLUDED' : 'CREATED',
      createdAt: contract.createdAt,
      type: contract.type,
      contractDate: { startDate: contract.contractDate.startDate, endDate: contract.contractDate.endDate },
    },
  };
}

function toRequestedParticipant(participant: SandboxParticipant): RequestedParticipant {
  return {
    uuid: participant.uuid,
    name: participant.name,
    status: participant.status,
    order: participant.order,
    ...(participant.email === null ? {} : { email: participant.email }),
    ...(participant.phone === null ? {} : { phone: participant.phone }),
    send: participant.send,
    message: participant.message,
    language: participant.language,
    extraAuthList: participant.extraAuthList ? structuredClone(participant.extraAuthList) : null,
    role: participant.role ?? '',
  };
}

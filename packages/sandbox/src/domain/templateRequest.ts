import type { OperationParsedInput } from '@esign-kit/core';
import type { createSignatureFromTemplate } from '@esign-kit/core/server';
import type { SandboxState } from '../state/index.js';
import type { SandboxColumnItem, SandboxTemplate, SandboxTemplateObject } from '../state/model.js';
import { prixError } from '../vendorErrors.js';
import { findContractByUuid, isContractKeyTaken } from './contracts.js';
import { isValidCustomKey, resolveCustomerRef } from './customers.js';
import { invalidRequest, type Outcome, ok } from './outcome.js';

/** The body of `POST signature-templates/{key}/signatures`, validated. */
export type TemplateRequestBody = OperationParsedInput<typeof createSignatureFromTemplate>['input'];
type RequestedParticipantInput = TemplateRequestBody['participants'][number];

/** A request that passed every check, with its references resolved. */
export interface PreparedTemplateRequest {
  readonly expiredDate: string;
  /** Participants with the order of their template role, in signing order. */
  readonly participants: readonly (RequestedParticipantInput & { readonly order: number })[];
  /** Contents per template object id. */
  readonly contents: ReadonlyMap<number, string>;
  readonly customerIds: readonly number[];
  readonly columnItems: readonly SandboxColumnItem[];
  /** Mobile identity checks asked for: each costs a credit. */
  readonly identityChecks: number;
}

/**
 * When `signature.expiredDate` is left out. The Prix service guide gives 15 days in one article
 * and 7 in another (reference §10); the sandbox uses 15.
 */
export const defaultExpiryMs = 15 * 24 * 60 * 60 * 1000;
export const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** Korean phone numbers with hyphens, as the reference writes them (`010-1234-1234`, `02-123-4567`). */
export const phonePattern = /^0\d{1,2}-\d{3,4}-\d{4}$/;

/**
 * Runs Prix's checks on a request to sign from `template` (reference §3.4), in the order of its
 * error table, and resolves what the body refers to. Nothing is changed. Where the table names
 * no code for a case the sandbox still refuses (`400 SANDBOX_INVALID_REQUEST`), so the state
 * never holds a reference to nothing; each such case says so below.
 */
export function prepareTemplateRequest(
  state: SandboxState,
  template: SandboxTemplate,
  body: TemplateRequestBody,
  now: Date,
): Outcome<PreparedTemplateRequest> {
  if (body.title.trim() === '') return prixError('INVALID_SIGNATURE_TITLE');
  const expiredDate = body.signature?.expiredDate ?? new Date(now.getTime() + defaultExpiryMs).toISOString();
  if (Date.parse(expiredDate) <= now.getTime()) return prixError('INVALID_SIGNATURE_EXPIRED_DATE');

  const participants = checkParticipants(template, body.participants);
  if (!participants.ok) return participants;
  const contents = checkItems(template, body.items ?? []);
  if (!contents.ok) return contents;
  const extra = checkAdditionalRequests(body.signature?.additionalRequests ?? []);
  if (!extra.ok) return extra;
  const contract = checkContract(state, body.contract ?? {});
  if (!contract.ok) return contract;

  const identityChecks = body.participants
    .flatMap((participant) => participant.input.extraAuthList ?? [])
    .filter((auth) => auth.type === 'MOBILE_IDENTIFICATION').length;
  return ok({
    expiredDate,
    participants: participants.value,
    contents: contents.value,
    identityChecks,
    ...contract.value,
  });
}

function checkParticipants(
  template: SandboxTemplate,
  participants: readonly RequestedParticipantInput[],
): Outcome<PreparedTemplateRequest['participants']> {
  const seen = new Set<string>();
  const ordered: (RequestedParticipantInput & { order: number })[] = [];
  for (const participant of participants) {
    const role = template.participants.find((candidate) => candidate.role === participant.role);
    // Undocumented: a role the template does not have, or the same role twice.
    if (!role) return invalidRequest(`템플릿에 없는 참여자 역할입니다 (샌드박스): ${participant.role}`);
    if (seen.has(role.role)) return invalidRequest(`같은 역할의 참여자가 두 번 있습니다 (샌드박스): ${role.role}`);
    seen.add(role.role);
    // Undocumented: the address of the delivery channel is missing (e.g. send PHONE, e-mail only).
    const { send, email, phone, name } = participant.input;
    if ((send === 'EMAIL' ? email : phone) === undefined) {
      return invalidRequest(`${name} 참여자의 발송 수단(${send})에 해당하는 연락처가 없습니다 (샌드박스).`);
    }
    ordered.push({ ...participant, order: role.order });
  }
  if (!template.allowPartialParticipants && seen.size < template.participants.length) {
    return prixError('NOT_ALLOWED_PARTICIPANT_MINIMUM_LENGTH');
  }
  return ok(ordered.sort((a, b) => a.order - b.order));
}

/**
 * Pre-input values. `INVALID_ADDITIONAL_INPUT` ("추가 입력값이 없는 경우", when there is no such
 * input value) answers both an item naming no object of the template and a required pre-input
 * left empty. When an item gives both `id` and `slug`, the `id` wins.
 */
function checkItems(
  template: SandboxTemplate,
  items: readonly NonNullable<TemplateRequestBody['items']>[number][],
): Outcome<Map<number, string>> {
  const contents = new Map<number, string>();
  for (const item of items) {
    const object: SandboxTemplateObject | undefined = template.objects.find((candidate) =>
      item.id !== undefined ? candidate.id === item.id : candidate.slug === item.slug,
    );
    if (!object) return prixError('INVALID_ADDITIONAL_INPUT');
    // Undocumented: the reference says a checkbox takes "true" or "".
    if (object.type === 'CHECKBOX' && item.contents !== 'true' && item.contents !== '') {
      return invalidRequest(`체크박스 입력값은 "true" 또는 빈 문자열이어야 합니다 (샌드박스): ${object.name}`);
    }
    contents.set(object.id, item.contents);
  }
  const missing = template.objects.some((object) => object.required && !contents.get(object.id));
  return missing ? prixError('INVALID_ADDITIONAL_INPUT') : ok(contents);
}

function checkAdditionalRequests(
  requests: readonly NonNullable<NonNullable<TemplateRequestBody['signature']>['additionalRequests']>[number][],
): Outcome<void> {
  for (const request of requests) {
    if (request.type === undefined || request.contact === undefined) {
      return prixError('SIGNATURE_PARTICIPANT_EMPTY_ADDITIONAL_REQUEST_INPUT');
    }
    if (request.type === 'EMAIL' && !emailPattern.test(request.contact)) {
      return prixError('SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_EMAIL');
    }
    if (request.type === 'PHONE' && !phonePattern.test(request.contact)) {
      return prixError('SIGNATURE_PARTICIPANT_INVALID_ADDITIONAL_REQUEST_PHONE');
    }
  }
  return ok(undefined);
}

function checkContract(
  state: SandboxState,
  contract: NonNullable<TemplateRequestBody['contract']>,
): Outcome<Pick<PreparedTemplateRequest, 'customerIds' | 'columnItems'>> {
  if (contract.customKey !== undefined) {
    if (isContractKeyTaken(state, contract.customKey)) return prixError('EXISTING_CONTRACT_KEY');
    // Undocumented: the find endpoint refuses keys outside the customer-key rule, so the sandbox
    // refuses to create a contract that could then never be found by its key.
    if (!isValidCustomKey(contract.customKey)) {
      return invalidRequest('계약서 customKey는 40자 이하의 영문, 숫자, -, _ 여야 합니다 (샌드박스).');
    }
  }
  const customerIds: number[] = [];
  for (const reference of contract.customers ?? []) {
    // Not in this endpoint's table, but the code every other page uses for a missing customer.
    const customer = resolveCustomerRef(state, reference);
    if (!customer.ok) return customer;
    if (!customerIds.includes(customer.value.id)) customerIds.push(customer.value.id);
  }
  // Undocumented: contracts to connect must exist.
  const unknown = (contract.connectedContractUuids ?? []).filter((uuid) => !findContractByUuid(state, uuid));
  if (unknown.length) return invalidRequest(`연결할 계약서가 없습니다 (샌드박스): ${unknown.join(', ')}`);
  const columnItems: SandboxColumnItem[] = [];
  for (const { slug, value } of contract.slugColumns ?? []) {
    // Undocumented: custom columns are set up by Prix on request, so an unknown slug means nothing.
    const column = state.customColumns.find((candidate) => candidate.slug === slug);
    if (!column) return invalidRequest(`설정되지 않은 커스텀 컬럼입니다 (샌드박스): ${slug}`);
    columnItems.push({ slug, name: column.name, value });
  }
  return ok({ customerIds, columnItems });
}

import { linkedCustomers } from '../domain/customers.js';
import type { SandboxState } from '../state/index.js';
import type { SandboxContract, SandboxSignature } from '../state/model.js';
import { dataTable } from './dataTable.js';
import {
  channelLabels,
  contractStatusLabels,
  participantStatusLabels,
  participantTypeLabels,
  shortDate,
  signatureStatusLabels,
} from './labels.js';
import type { PageView } from './pageTypes.js';
import { type Html, type HtmlValue, html } from './render.js';

// What several pages show about a contract and its e-signature (detail, signing, signature
// request). Status cells carry `data-status` so tests and demos can read them without parsing.

function facts(rows: readonly (readonly [string, HtmlValue])[]): Html {
  return html`<dl>${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`;
}

/** Status, type, period, customers and tags of a contract. */
export function contractFacts(state: SandboxState, contract: SandboxContract): Html {
  const customers = linkedCustomers(state, contract.customerIds).map((customer) => customer.title);
  const tags = contract.tagIds.flatMap((id) => state.tags.find((tag) => tag.id === id)?.name ?? []);
  const { startDate, endDate, concludedDate } = contract.contractDate;
  return facts([
    [
      '계약 상태 · Contract status',
      html`<span data-contract-status="${contract.status}">${contractStatusLabels[contract.status]}</span>`,
    ],
    ['유형 · Type', contract.type === 'RENEWAL' ? '갱신 · Renewal' : '신규 · New'],
    ['계약 기간 · Period', `${shortDate(startDate)} ~ ${shortDate(endDate)}`],
    ['체결일 · Concluded on', shortDate(concludedDate)],
    ['고객 · Customers', customers.join(', ') || '-'],
    ['태그 · Tags', tags.join(', ') || '-'],
    ['등록일 · Registered on', shortDate(contract.createdAt)],
  ]);
}

/** Title, status, expiry and order of an e-signature. */
export function signatureFacts(signature: SandboxSignature): Html {
  return facts([
    ['전자서명 제목 · E-signature title', signature.title],
    [
      '전자서명 상태 · E-signature status',
      html`<span data-signature-status="${signature.status}">${signatureStatusLabels[signature.status]}</span>`,
    ],
    ['서명 만료일 · Expires on', shortDate(signature.expiredDate)],
    ['서명 순서 · Signing order', participantTypeLabels[signature.participantType]],
    ['요청자 · Requested by', signature.requesterName ?? '-'],
  ]);
}

/** Every participant of an e-signature and how far they are. */
export function participantProgress(signature: SandboxSignature): Html {
  return dataTable(
    '참여자 · Participants',
    ['순서 · Order', '역할 · Role', '이름 · Name', '발송 · Sent by', '상태 · Status', '서명 시각 · Signed at'],
    signature.participants.map((participant) => [
      String(participant.order),
      participant.role ?? '-',
      participant.name,
      channelLabels[participant.send],
      html`<span data-participant="${participant.uuid}" data-status="${participant.status}">${participantStatusLabels[participant.status]}</span>`,
      participant.doneAt ?? '-',
    ]),
  );
}

/** A 404 page for a record the session points to that is gone (e.g. after `control.seed()`). */
export function missingView(what: string): PageView {
  return {
    type: 'view',
    status: 404,
    title: '찾을 수 없습니다 · Not found',
    body: html`<p>${what}</p>`,
  };
}

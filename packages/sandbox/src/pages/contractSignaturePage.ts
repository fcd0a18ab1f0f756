import type { OperationParsedInput } from '@esign-kit/core';
import type { contractSignatureUrl } from '@esign-kit/core/server';
import { requestSignatureOnContract } from '../domain/contractRegistration.js';
import { findContractByUuid } from '../domain/contracts.js';
import { recordPageSubmission } from '../domain/pageSessions.js';
import type { SandboxContract } from '../state/model.js';
import { redirectAfterForm } from './completion.js';
import { contractFacts, missingView } from './contractFacts.js';
import { formPage, type Loaded, type Refuse } from './formPage.js';
import { failureMessage, fromDateInput, readField, shownValue, textField } from './forms.js';
import type { FormRetry, PageContext, PageOutcome } from './pageTypes.js';
import {
  participantRowCount,
  participantRows,
  participantTypeField,
  readParticipants,
  readParticipantType,
} from './participantFields.js';
import { html } from './render.js';

/** What the page is for, shown under its heading. */
const description = '등록된 계약서로 전자서명 요청 페이지 · Request an e-signature on a registered contract';

const title = '전자서명 요청 · Request an e-signature';
/** Participant rows the page offers: it has no pre-fill (the operation takes only the contract). */
const noPrefill: readonly [] = [];

function load(context: PageContext): Loaded<SandboxContract> {
  const { contractUuid } = context.session.input as OperationParsedInput<typeof contractSignatureUrl>;
  const contract = findContractByUuid(context.state, contractUuid);
  return contract ? { subject: contract } : { gone: missingView('계약서가 없습니다 · The contract no longer exists.') };
}

function form(context: PageContext, contract: SandboxContract, retry: FormRetry | undefined) {
  const summary = html`<h2>${contract.title}</h2>${contractFacts(context.state, contract)}`;
  if (contract.signature) {
    return {
      type: 'view' as const,
      status: 409,
      title,
      body: html`${summary}<div role="alert"><p>이미 전자서명이 요청된 계약서입니다 · This contract already has an e-signature.</p></div>`,
    };
  }
  return {
    intro: summary,
    fields: [
      participantTypeField(retry),
      textField({
        name: 'expiredDate',
        label: '서명 만료일 · Expires on',
        type: 'date',
        value: shownValue(retry, 'expiredDate', ''),
        hint: '비워 두면 15일 뒤 · 15 days from now when empty',
      }),
      participantRows(noPrefill, retry),
    ],
    submitLabel: '서명 요청 · Request signatures',
  };
}

function submit(context: PageContext, contract: SandboxContract, form: URLSearchParams, refuse: Refuse): PageOutcome {
  const { state, session, now } = context;
  const requested = requestSignatureOnContract(
    state,
    contract.uuid,
    {
      participantType: readParticipantType(form),
      participants: readParticipants(form, participantRowCount(noPrefill)),
      expiredDate: fromDateInput(readField(form, 'expiredDate')),
    },
    now,
  );
  if (!requested.ok) return refuse([failureMessage(requested)], requested.status);
  recordPageSubmission(session, { action: 'signature-requested', contractUuids: [contract.uuid] }, now);
  // The operation takes no `successUrl` (reference §2.11): the page goes to the contract's detail page.
  return redirectAfterForm(context, undefined, contract.uuid);
}

/**
 * `GET contracts/[uuid]/signature-url` (reference §2.11): request an e-signature on a registered
 * contract that has none. The user enters participants (one row, plus the signing order and an
 * optional expiry); on submit the signature is requested (`requestSignatureOnContract`) and the
 * page goes to the contract's detail page. A contract that already has an e-signature shows a
 * 409 page without a form ("not usable for contracts that already have an e-signature").
 */
export const contractSignaturePage = formPage({
  kind: 'contract-signature',
  description,
  title: () => title,
  load,
  form,
  submit,
});

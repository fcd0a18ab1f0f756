import type { OperationParsedInput } from '@esign-kit/core';
import type { contractSignatureUrl } from '@esign-kit/core/server';
import { requestSignatureOnContract } from '../domain/contractRegistration.js';
import { findContractByUuid } from '../domain/contracts.js';
import { pageDescriptions, recordPageSubmission } from '../domain/pageSessions.js';
import { alreadySubmitted, redirectAfterForm, submittedView } from './completion.js';
import { contractFacts, missingView } from './contractFacts.js';
import {
  errorSummary,
  failureMessage,
  fromDateInput,
  pageForm,
  readField,
  shownValue,
  submitButton,
  textField,
} from './forms.js';
import type { FormRetry, HostedPage, PageContext, PageOutcome } from './pageTypes.js';
import {
  participantRowCount,
  participantRows,
  participantTypeField,
  readParticipants,
  readParticipantType,
} from './participantFields.js';
import { html } from './render.js';

const title = '전자서명 요청 · Request an e-signature';
/** Participant rows the page offers: it has no pre-fill (the operation takes only the contract). */
const noPrefill: readonly [] = [];

function contractOf(context: PageContext) {
  const { contractUuid } = context.session.input as OperationParsedInput<typeof contractSignatureUrl>;
  return findContractByUuid(context.state, contractUuid);
}

function render(context: PageContext, retry?: FormRetry): PageOutcome {
  const done = context.session.submissions.at(-1);
  if (done) return submittedView(context, title, done);
  const contract = contractOf(context);
  if (!contract) return missingView('계약서가 없습니다 · The contract no longer exists.');
  const summary = html`<h2>${contract.title}</h2>${contractFacts(context.state, contract)}`;
  if (contract.signature) {
    return {
      type: 'view',
      status: 409,
      title,
      body: html`${summary}<div role="alert"><p>이미 전자서명이 요청된 계약서입니다 · This contract already has an e-signature.</p></div>`,
    };
  }
  return {
    type: 'view',
    status: retry?.status,
    title,
    description: pageDescriptions['contract-signature'],
    body: html`${summary}${errorSummary(retry?.errors)}
${pageForm(
  context,
  [
    participantTypeField(retry),
    textField({
      name: 'expiredDate',
      label: '서명 만료일 · Expires on',
      type: 'date',
      value: shownValue(retry, 'expiredDate', ''),
      hint: '비워 두면 15일 뒤 · 15 days from now when empty',
    }),
    participantRows(noPrefill, retry),
    submitButton('서명 요청 · Request signatures'),
  ],
  title,
)}`,
  };
}

function submit(context: PageContext, form: URLSearchParams): PageOutcome {
  const { state, session, now } = context;
  if (session.submissions.length) return alreadySubmitted(context, title);
  const contract = contractOf(context);
  if (!contract) return missingView('계약서가 없습니다 · The contract no longer exists.');
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
  if (!requested.ok) {
    return render(context, { values: form, errors: [failureMessage(requested)], status: requested.status });
  }
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
export const contractSignaturePage: HostedPage = { render, submit };

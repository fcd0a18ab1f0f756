import type { OperationParsedInput } from '@esign-kit/core';
import type { participantLink } from '@esign-kit/core/server';
import { recordPageSubmission } from '../domain/pageSessions.js';
import { type AdvanceAction, advanceParticipant } from '../domain/progress.js';
import { findSignature, participantOf, type SignatureRef } from '../domain/signatures.js';
import type { SandboxParticipant } from '../state/model.js';
import { missingView, participantProgress, signatureFacts } from './contractFacts.js';
import {
  errorSummary,
  failureMessage,
  pageForm,
  readField,
  shownValue,
  statusNote,
  submitButton,
  textField,
} from './forms.js';
import { participantStatusLabels } from './labels.js';
import { type FormRetry, hostedPage, type PageContext, type PageOutcome } from './pageTypes.js';
import { type Html, html } from './render.js';

/** What the page is for, shown under its heading. */
const description = '전자서명 참여 페이지 · Signing page of a participant';

type LinkInput = OperationParsedInput<typeof participantLink>;

const title = '전자서명 참여 · Sign';

function render(context: PageContext, retry?: FormRetry): PageOutcome {
  const input = context.session.input as LinkInput;
  const found = findSignature(context.state, input.signatureUuid);
  if (!found) return missingView('전자서명이 없습니다 · The e-signature no longer exists.');
  const { contract, signature } = found;
  let actions: Html;
  if (input.facilitatorUuid !== undefined) {
    actions = facilitatorActions(context, found);
  } else {
    const participant = participantOf(signature, input.participantUuid ?? '');
    if (!participant) return missingView('참여자가 없습니다 · The participant no longer exists.');
    actions = participantActions(context, found, participant, input.defaultValue, retry);
  }
  return {
    type: 'view',
    status: retry?.status,
    title,
    description: description,
    formTargets: [signature.redirectUrl],
    body: html`<h2>${contract.title}</h2>
${signatureFacts(signature)}
${participantProgress(signature)}
${errorSummary(retry?.errors)}
${actions}`,
  };
}

/** Why a participant cannot act now, or `undefined` when they can. */
function blocker({ signature }: SignatureRef, participant: SandboxParticipant): string | undefined {
  if (signature.status !== 'WAITING') return `전자서명이 진행 중이 아닙니다 · The e-signature is ${signature.status}.`;
  if (participant.status === 'DONE') return '이미 서명했습니다 · Already signed.';
  if (participant.status === 'CREATED') return '아직 서명 차례가 아닙니다 · It is not this participant’s turn yet.';
  return undefined;
}

function participantActions(
  context: PageContext,
  found: SignatureRef,
  participant: SandboxParticipant,
  defaultValue: string | undefined,
  retry: FormRetry | undefined,
): Html {
  const heading = html`<h2>${participant.name} · ${participantStatusLabels[participant.status]}</h2>`;
  const blocked = blocker(found, participant);
  if (blocked) return html`${heading}${statusNote(html`<p>${blocked}</p>`)}`;
  const byPhone = participant.auth === 'PHONE';
  return html`${heading}${pageForm(
    context,
    [
      textField({
        name: 'identity',
        label: byPhone ? '본인 확인 휴대폰 번호 · Your phone number' : '본인 확인 이메일 · Your e-mail address',
        type: byPhone ? 'tel' : 'email',
        required: true,
        // `defaultValue` of the link operation pre-fills this authentication input (reference §2.9).
        value: shownValue(retry, 'identity', defaultValue),
      }),
      submitButton('서명하기 · Sign', { name: 'action', value: 'sign' }),
      submitButton('거절하기 · Decline', { name: 'action', value: 'decline' }),
    ],
    '서명 · Sign',
  )}`;
}

/** The in-person signing's facilitator acts for each participant whose turn it is. */
function facilitatorActions(context: PageContext, found: SignatureRef): Html {
  const facilitator = found.signature.facilitator;
  const waiting = found.signature.participants.filter((participant) => !blocker(found, participant));
  const heading = html`<h2>대면서명 진행 · In-person signing${facilitator ? ` (${facilitator.name})` : ''}</h2>`;
  if (!waiting.length) {
    return html`${heading}${statusNote(html`<p>지금 서명할 참여자가 없습니다 · Nobody can sign right now.</p>`)}`;
  }
  return html`${heading}${waiting.map((participant) =>
    pageForm(
      context,
      [
        html`<input type="hidden" name="participant" value="${participant.uuid}">`,
        submitButton(`${participant.name} 서명 · Sign for ${participant.name}`, { name: 'action', value: 'sign' }),
        submitButton(`${participant.name} 거절 · Decline for ${participant.name}`, {
          name: 'action',
          value: 'decline',
        }),
      ],
      `${participant.name} · In-person signing`,
    ),
  )}`;
}

/**
 * Whether what was entered identifies the participant on their authentication channel (`auth`):
 * the e-mail without regard to case, or the phone number by its digits. What Prix actually
 * checks is not documented; the sandbox asks for the address the participant was reached at.
 */
function identifies(participant: SandboxParticipant, entered: string): boolean {
  const email = participant.email?.toLowerCase();
  const phone = participant.phone?.replace(/\D/g, '');
  if (participant.auth === 'PHONE' && phone) return entered.replace(/\D/g, '') === phone;
  if (email) return entered.toLowerCase() === email;
  return phone !== undefined && entered.replace(/\D/g, '') === phone;
}

function submit(context: PageContext, form: URLSearchParams): PageOutcome {
  const { state, session, now } = context;
  const input = session.input as LinkInput;
  const found = findSignature(state, input.signatureUuid);
  if (!found) return missingView('전자서명이 없습니다 · The e-signature no longer exists.');
  const action = readField(form, 'action');
  const retry = (errors: string[], status: number) => render(context, { values: form, errors, status });
  if (action !== 'sign' && action !== 'decline')
    return retry(['서명 또는 거절을 골라 주세요 · Choose sign or decline.'], 400);

  let participant: SandboxParticipant | undefined;
  if (input.facilitatorUuid !== undefined) {
    // In person, the facilitator vouches for who is signing: no identity input.
    participant = participantOf(found.signature, readField(form, 'participant'));
    if (!participant) return retry(['이 전자서명의 참여자가 아닙니다 · Not a participant of this e-signature.'], 400);
  } else {
    participant = participantOf(found.signature, input.participantUuid ?? '');
    if (!participant) return missingView('참여자가 없습니다 · The participant no longer exists.');
    if (!identifies(participant, readField(form, 'identity'))) {
      return retry(['본인 확인 정보가 일치하지 않습니다 · The identity check failed.'], 400);
    }
  }
  const advanced = advanceParticipant(state, participant.uuid, action satisfies AdvanceAction, now);
  if (!advanced.ok) return retry([failureMessage(advanced)], advanced.status);
  recordPageSubmission(
    session,
    { action: action === 'sign' ? 'participant-signed' : 'participant-declined', contractUuids: [found.contract.uuid] },
    now,
  );
  // `input.signature.redirectUrl` is "where participants are sent afterwards" (reference §1.5);
  // when exactly is not spelled out: the sandbox sends them there once they signed.
  if (action === 'sign' && found.signature.redirectUrl)
    return { type: 'redirect', location: found.signature.redirectUrl };
  return { type: 'redirect', location: context.url };
}

/**
 * `GET signatures/[uuid]/link` (reference §2.9): a participant's signing page, or the in-person
 * signing's facilitator page. The participant confirms who they are (the authentication input,
 * pre-filled with the link's `defaultValue`), then signs or declines; the facilitator signs or
 * declines for each participant whose turn it is. Both move the signature along exactly as
 * `control.advanceParticipant` does (next in order asked, conclusion, notices); a participant
 * whose turn it is not, or a signature no longer `WAITING`, gets no form.
 */
export const signingPage = hostedPage({ kind: 'signing', description, render, submit });

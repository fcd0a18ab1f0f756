import type { ContractStatus, SignatureStatus } from '@esign-kit/core';
import type { SandboxState } from '../state/index.js';
import type { ParticipantStatus, SandboxContract, SandboxSignature } from '../state/model.js';
import { fileUrl } from './files.js';
import { notify, notifyParticipant, requestWaitingParticipants } from './notifications.js';
import { type Failure, type Outcome, ok } from './outcome.js';
import { findParticipant, markCanceled } from './signatures.js';

/** What a participant does on its signing page. */
export type AdvanceAction = 'sign' | 'decline';

/** Where things stand after a participant acted. */
export interface AdvanceResult {
  readonly participant: { readonly uuid: string; readonly status: ParticipantStatus };
  readonly signature: { readonly uuid: string; readonly status: SignatureStatus };
  readonly contract: { readonly uuid: string; readonly status: ContractStatus };
}

function conflict(message: string): Failure {
  return { ok: false, status: 409, errorCode: 'SANDBOX_CONFLICT', message };
}

/**
 * Plays what a participant would do on Prix's signing page (which the sandbox does not have yet),
 * so tests and demos can move a signature along.
 *
 * - `sign`: the participant becomes `DONE`. In an `ORDER` signature the next participant becomes
 *   `WAITING` and is asked to sign (unless `skipSend`). Once every participant is `DONE`, the
 *   signature becomes `DONE` and the contract `CONCLUDED`, with `concludedFile` and
 *   `contractDate.concludedDate` set; participants get a completion notice and share receivers
 *   the contract.
 * - `decline`: the signature becomes `CANCELED`. How Prix records a refusal is not documented
 *   (there may be a status the reference never shows); `CANCELED` is the only documented end
 *   other than `DONE`, so the sandbox uses it. Participants get a cancellation notice.
 *
 * Only a `WAITING` participant of a `WAITING` signature can act; otherwise `409 SANDBOX_CONFLICT`
 * says why. An unknown participant is `404 SANDBOX_NOT_FOUND`. `expiredDate` is not enforced:
 * what Prix does with an expired signature is not documented (the reference's own example
 * signature expired in 2024 and still reads `WAITING`).
 */
export function advanceParticipant(
  state: SandboxState,
  participantUuid: string,
  action: AdvanceAction,
  now: Date,
): Outcome<AdvanceResult> {
  const found = findParticipant(state, participantUuid);
  if (!found) {
    return { ok: false, status: 404, errorCode: 'SANDBOX_NOT_FOUND', message: `참여자가 없습니다: ${participantUuid}` };
  }
  const { contract, signature, participant } = found;
  if (signature.status !== 'WAITING') {
    return conflict(`전자서명이 ${signature.status} 상태라 진행할 수 없습니다.`);
  }
  if (participant.status !== 'WAITING') {
    return conflict(`참여자가 ${participant.status} 상태입니다 (서명 차례인 WAITING 참여자만 진행할 수 있습니다).`);
  }

  if (action === 'decline') {
    markCanceled(state, contract, signature, now);
  } else {
    participant.status = 'DONE';
    participant.doneAt = now.toISOString();
    signature.updatedAt = participant.doneAt;
    contract.updatedAt = participant.doneAt;
    if (signature.participants.every((candidate) => candidate.status === 'DONE')) {
      conclude(state, contract, signature, now);
    } else if (signature.participantType === 'ORDER') {
      startNextInOrder(state, signature, now);
    }
  }
  return ok({
    participant: { uuid: participant.uuid, status: participant.status },
    signature: { uuid: signature.uuid, status: signature.status },
    contract: { uuid: contract.uuid, status: contract.status },
  });
}

/** In an `ORDER` signature, makes the next participants in order `WAITING` once nobody is. */
function startNextInOrder(state: SandboxState, signature: SandboxSignature, now: Date): void {
  if (signature.participants.some((participant) => participant.status === 'WAITING')) return;
  const pending = signature.participants.filter((participant) => participant.status === 'CREATED');
  const nextOrder = Math.min(...pending.map((participant) => participant.order));
  for (const participant of pending) {
    if (participant.order === nextOrder) participant.status = 'WAITING';
  }
  requestWaitingParticipants(state, signature, now);
}

/** Concludes the contract of a fully signed signature. */
function conclude(state: SandboxState, contract: SandboxContract, signature: SandboxSignature, now: Date): void {
  const at = now.toISOString();
  signature.status = 'DONE';
  contract.status = 'CONCLUDED';
  contract.concludedFile = fileUrl(contract.uuid, 'concluded.pdf');
  contract.contractDate.concludedDate = at;
  for (const participant of signature.participants) notifyParticipant(state, signature, participant, 'DONE', now);
  for (const receiver of contract.shareReceivers) {
    notify(
      state,
      {
        signatureUuid: signature.uuid,
        participantUuid: null,
        reason: 'SHARE',
        sendType: receiver.method,
        sendAddress: receiver.contact,
      },
      now,
    );
  }
}

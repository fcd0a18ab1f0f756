import type { OperationParsedInput } from '@esign-kit/core';
import type { listSignatures, sendReminder, signatureUsage } from '@esign-kit/core/server';
import type { SandboxReminder, SandboxState } from '../state/index.js';
import type { SandboxContract, SandboxParticipant, SandboxSignature } from '../state/model.js';
import { prixError } from '../vendorErrors.js';
import { byNewest, inDateRange, paginate } from './lists.js';
import { addressFor, notifyParticipant } from './notifications.js';
import { type Outcome, ok } from './outcome.js';

/** A signature with the contract it belongs to. */
export interface SignatureRef {
  readonly contract: SandboxContract;
  readonly signature: SandboxSignature;
}

/** The signature with this uuid (compared without regard to case) and its contract. */
export function findSignature(state: SandboxState, signatureUuid: string): SignatureRef | undefined {
  const uuid = signatureUuid.toLowerCase();
  for (const contract of state.contracts) {
    if (contract.signature?.uuid === uuid) return { contract, signature: contract.signature };
  }
  return undefined;
}

/** The signature with this uuid, or `404 NOT_FOUND_SIGNATURE` (reference §2.10). */
export function requireSignature(state: SandboxState, signatureUuid: string): Outcome<SignatureRef> {
  const found = findSignature(state, signatureUuid);
  return found ? ok(found) : prixError('NOT_FOUND_SIGNATURE');
}

/** A participant of `signature` by uuid, compared without regard to case. */
export function participantOf(signature: SandboxSignature, participantUuid: string): SandboxParticipant | undefined {
  const uuid = participantUuid.toLowerCase();
  return signature.participants.find((participant) => participant.uuid === uuid);
}

/** A participant anywhere in the sandbox, with its signature and contract. */
export function findParticipant(
  state: SandboxState,
  participantUuid: string,
): (SignatureRef & { readonly participant: SandboxParticipant }) | undefined {
  for (const contract of state.contracts) {
    const participant = contract.signature && participantOf(contract.signature, participantUuid);
    if (contract.signature && participant) return { contract, signature: contract.signature, participant };
  }
  return undefined;
}

type CreatedAtRange = OperationParsedInput<typeof signatureUsage>;

function signaturesIn(state: SandboxState, range: CreatedAtRange): SandboxSignature[] {
  return state.contracts.flatMap((contract) =>
    contract.signature && inDateRange(contract.signature.createdAt, range.createdAtAfter, range.createdAtBefore)
      ? [contract.signature]
      : [],
  );
}

/** The signature list (§2.6), newest first, paged; `total` counts every match. */
export function querySignatures(
  state: SandboxState,
  input: OperationParsedInput<typeof listSignatures>,
): { total: number; page: SandboxSignature[] } {
  return paginate(signaturesIn(state, input).sort(byNewest), input);
}

/** Signatures counted by status (§2.7); `total` is their sum. */
export function countSignatures(state: SandboxState, range: CreatedAtRange) {
  const counts = { total: 0, created: 0, done: 0, waiting: 0, canceled: 0 };
  for (const signature of signaturesIn(state, range)) {
    counts.total += 1;
    const key = signature.status.toLowerCase() as 'created' | 'done' | 'waiting' | 'canceled';
    counts[key] += 1;
  }
  return counts;
}

/**
 * Cancels a signature that is not concluded and tells its participants (reference §2.10).
 *
 * The reference says cancelling is "only possible before the signature is concluded" but names
 * no code for trying anyway; its only failure code is `500 SIGNATURE_CANCEL_FAILED`
 * ("cancellation failed"), so that is what a `DONE` signature gets, and an already `CANCELED`
 * one as well (there is nothing left to cancel). Participants keep their own status.
 */
export function cancelPendingSignature(
  state: SandboxState,
  signatureUuid: string,
  now: Date,
): Outcome<SandboxSignature> {
  const found = requireSignature(state, signatureUuid);
  if (!found.ok) return found;
  const { contract, signature } = found.value;
  if (signature.status === 'DONE' || signature.status === 'CANCELED') return prixError('SIGNATURE_CANCEL_FAILED');
  markCanceled(state, contract, signature, now);
  return ok(signature);
}

/** Sets a signature `CANCELED` and records a cancellation notice to each participant. */
export function markCanceled(
  state: SandboxState,
  contract: SandboxContract,
  signature: SandboxSignature,
  now: Date,
): void {
  signature.status = 'CANCELED';
  signature.updatedAt = now.toISOString();
  contract.updatedAt = signature.updatedAt;
  for (const participant of signature.participants) notifyParticipant(state, signature, participant, 'CANCEL', now);
}

/**
 * "Sends" another notification to a participant (§2.8) and records it in `state.reminders`.
 *
 * The page documents no error table; the two failures use the codes Prix documents for the same
 * cases on sibling pages (§2.10 cancel, §2.9 participant link). A `DONE` or `CANCELED` signature
 * is not refused, because nothing in the reference says Prix refuses it.
 */
export function recordReminder(
  state: SandboxState,
  input: OperationParsedInput<typeof sendReminder>,
  now: Date,
): Outcome<SandboxReminder> {
  const found = requireSignature(state, input.signatureUuid);
  if (!found.ok) return found;
  const { signature } = found.value;
  const participant = participantOf(signature, input.participantUuid);
  if (!participant) return prixError('INVALID_SIGNATURE_PARTICIPANT_UUID');
  // Default: the channel and address the signature was requested with.
  const { sendType, sendAddress } = input.sendInput ?? {
    sendType: participant.send,
    sendAddress: addressFor(participant, participant.send),
  };
  const reminder: SandboxReminder = {
    id: state.reminders.length + 1,
    signatureUuid: signature.uuid,
    participantUuid: participant.uuid,
    type: input.type,
    sendType,
    sendAddress,
    at: now.toISOString(),
  };
  state.reminders.push(reminder);
  return ok(reminder);
}

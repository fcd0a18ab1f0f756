import type { Participant, SendChannel, sendReminder } from '@esign-kit/core';
import type { SandboxContract } from '../state.js';
import { prixError } from '../vendorErrors.js';
import { type SandboxHandler, succeed } from './types.js';

/**
 * `POST signatures/{signatureUuid}/send` (reference §2.8): "sends" another notification to a
 * participant and records it in `state.reminders`.
 *
 * The page documents no error table; the two failures below use the codes Prix documents for
 * the same cases on sibling pages (§2.10 cancel, §2.9 participant link). A `DONE` or `CANCELED`
 * signature is not refused, because nothing in the reference says Prix refuses it.
 */
export const sendReminderHandler: SandboxHandler<typeof sendReminder> = (input, { state, now }) => {
  const signature = findSignature(state.contracts, input.signatureUuid);
  if (!signature) return prixError('NOT_FOUND_SIGNATURE');
  const participantUuid = input.participantUuid.toLowerCase();
  const participant = signature.participants.find((candidate) => candidate.uuid === participantUuid);
  if (!participant) return prixError('INVALID_SIGNATURE_PARTICIPANT_UUID');

  // Default: the channel and address the signature was requested with.
  const { sendType, sendAddress } = input.sendInput ?? {
    sendType: participant.send,
    sendAddress: addressFor(participant, participant.send),
  };
  state.reminders.push({
    id: state.reminders.length + 1,
    signatureUuid: signature.uuid,
    participantUuid: participant.uuid,
    type: input.type,
    sendType,
    sendAddress,
    at: now().toISOString(),
  });
  return succeed({ participantUuid: participant.uuid, sendType, sendAddress });
};

type Signature = NonNullable<SandboxContract['signature']>;

function findSignature(contracts: readonly SandboxContract[], signatureUuid: string): Signature | undefined {
  const uuid = signatureUuid.toLowerCase();
  return contracts.find((contract) => contract.signature?.uuid === uuid)?.signature ?? undefined;
}

function addressFor(participant: Participant, channel: SendChannel): string {
  const address = channel === 'EMAIL' ? participant.email : participant.phone;
  // Only reachable if the state was edited into an impossible participant; the sandbox answers 500.
  if (!address) throw new Error(`Participant ${participant.uuid} has no ${channel} address to send to.`);
  return address;
}

import type { SendChannel } from '@esign-kit/core';
import type { SandboxNotification, SandboxState } from '../state/index.js';
import type { SandboxParticipant, SandboxSignature } from '../state/model.js';

/** The address of a participant for a channel: its e-mail for `EMAIL`, its phone for `PHONE`. */
export function addressFor(participant: Pick<SandboxParticipant, 'uuid' | 'email' | 'phone'>, channel: SendChannel) {
  const address = channel === 'EMAIL' ? participant.email : participant.phone;
  // Only reachable if the state was edited into an impossible participant; the sandbox answers 500.
  if (!address) throw new Error(`Participant ${participant.uuid} has no ${channel} address to send to.`);
  return address;
}

/** Records a message the sandbox pretends to send on its own initiative. */
export function notify(
  state: SandboxState,
  entry: Omit<SandboxNotification, 'id' | 'at'>,
  now: Date,
): SandboxNotification {
  const notification: SandboxNotification = { id: state.notifications.length + 1, ...entry, at: now.toISOString() };
  state.notifications.push(notification);
  return notification;
}

/** Records a message to one participant, on the channel and address it was requested with. */
export function notifyParticipant(
  state: SandboxState,
  signature: SandboxSignature,
  participant: SandboxParticipant,
  reason: SandboxNotification['reason'],
  now: Date,
): void {
  notify(
    state,
    {
      signatureUuid: signature.uuid,
      participantUuid: participant.uuid,
      reason,
      sendType: participant.send,
      sendAddress: addressFor(participant, participant.send),
    },
    now,
  );
}

/**
 * Asks every `WAITING` participant to sign, unless the signature was requested with
 * `option.skipSend` (then the caller hands out participant links itself, reference §3.4).
 */
export function requestWaitingParticipants(state: SandboxState, signature: SandboxSignature, now: Date): void {
  if (signature.skipSend) return;
  for (const participant of signature.participants) {
    if (participant.status === 'WAITING') notifyParticipant(state, signature, participant, 'REQUEST', now);
  }
}

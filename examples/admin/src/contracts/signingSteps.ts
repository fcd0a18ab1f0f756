import type { ContractSignature } from '@esign-kit/core';

/** Where one participant stands in the signing order, as the timeline tells it. */
export type StepState = 'signed' | 'current' | 'next' | 'waiting' | 'declined' | 'canceled';

/** One participant of the timeline, in signing order. */
export interface SigningStep {
  readonly uuid: string;
  readonly name: string;
  readonly role: string | null | undefined;
  readonly state: StepState;
}

/**
 * The participants in the order Prix lists them (the signing order), each with its state.
 * Prix gives statuses only (`CREATED` not yet their turn, `WAITING` their turn, `DONE`,
 * `REJECTED`), so "next" is the first participant not yet reached after the ones whose turn it is,
 * and a canceled signature leaves everyone who had not signed "canceled".
 */
export function signingSteps(signature: Pick<ContractSignature, 'status' | 'participants'>): SigningStep[] {
  const canceled = signature.status === 'CANCELED';
  const someoneCurrent = signature.participants.some((participant) => participant.status === 'WAITING');
  let nextFound = false;
  return signature.participants.map((participant) => {
    let state: StepState;
    if (participant.status === 'DONE') state = 'signed';
    else if (participant.status === 'REJECTED') state = 'declined';
    else if (canceled) state = 'canceled';
    else if (participant.status === 'WAITING') state = 'current';
    else if (someoneCurrent && !nextFound) {
      state = 'next';
      nextFound = true;
    } else state = 'waiting';
    return { uuid: participant.uuid, name: participant.name, role: participant.role, state };
  });
}

import type { SigningEvent } from '@esign-kit/core/events';

/** Where a contract's signing stands: what the watcher compares from one read to the next. */
export interface ContractStatusSnapshot {
  readonly contractUuid: string;
  readonly status: string;
  /** Its e-signature, when one was requested. */
  readonly signature?:
    | {
        readonly uuid: string;
        readonly status: string;
        readonly participants: readonly { readonly uuid: string; readonly status: string }[];
      }
    | undefined;
}

/**
 * The events that take a screen from `before` to `after`: each status that changed, signature
 * and participants first, the contract last (a screen refetching on the contract's event then
 * sees the rest settled). With no `before` (the first read) nothing changed, so nothing is told.
 */
export function statusChanges(
  before: ContractStatusSnapshot | undefined,
  after: ContractStatusSnapshot,
): SigningEvent[] {
  if (!before) return [];
  const events: SigningEvent[] = [];
  const contractUuid = after.contractUuid;
  const signature = after.signature;
  if (signature) {
    // A signature that just appeared (or replaced another) is told by its own status alone.
    const previous = before.signature?.uuid === signature.uuid ? before.signature : undefined;
    if (previous) {
      const earlier = new Map(previous.participants.map((participant) => [participant.uuid, participant.status]));
      for (const participant of signature.participants) {
        if (earlier.get(participant.uuid) === participant.status) continue;
        events.push({
          type: 'participant.status',
          vendor: 'prix',
          signatureUuid: signature.uuid,
          participantUuid: participant.uuid,
          contractUuid,
          status: participant.status,
        });
      }
    }
    if (previous?.status !== signature.status) {
      events.push({
        type: 'signature.status',
        vendor: 'prix',
        signatureUuid: signature.uuid,
        contractUuid,
        status: signature.status,
      });
    }
  }
  if (before.status !== after.status) {
    events.push({ type: 'contract.status', vendor: 'prix', contractUuid, status: after.status });
  }
  return events;
}

/**
 * A snapshot from the `data.contract` of a `contracts/find` answer (reference §2.2,
 * https://api-kit.prix.im/signature/find): ids and statuses only, nothing personal kept.
 * `undefined` when the shape is not that.
 */
export function snapshotOfContract(contract: unknown): ContractStatusSnapshot | undefined {
  if (typeof contract !== 'object' || contract === null) return undefined;
  const { uuid, status, signature } = contract as Record<string, unknown>;
  if (typeof uuid !== 'string' || typeof status !== 'string') return undefined;
  if (typeof signature !== 'object' || signature === null) return { contractUuid: uuid, status };
  const { uuid: signatureUuid, status: signatureStatus, participants } = signature as Record<string, unknown>;
  if (typeof signatureUuid !== 'string' || typeof signatureStatus !== 'string') return undefined;
  const list = Array.isArray(participants) ? participants : [];
  return {
    contractUuid: uuid,
    status,
    signature: {
      uuid: signatureUuid,
      status: signatureStatus,
      participants: list.flatMap((participant) => {
        const { uuid: id, status: state } = (participant ?? {}) as Record<string, unknown>;
        return typeof id === 'string' && typeof state === 'string' ? [{ uuid: id, status: state }] : [];
      }),
    },
  };
}

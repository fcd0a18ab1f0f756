import type { EsignonCallback } from '@esign-kit/core/esignon/server';
import type { SigningEvent } from '@esign-kit/core/events';

/** A mutation the proxy carried out: its operation id and validated input. */
export interface CompletedMutation {
  readonly operationId: string;
  readonly input: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/**
 * The events a successful mutation through the proxy stands for: a reminder sent
 * (`signatures.send`), an e-signature cancelled (`signatures.cancel`), a contract's tags set
 * (`contracts.setTags`). Any other operation: none. Ids only, read from the validated input.
 *
 * @example
 * ```ts
 * // after a 2xx answer of the vendor, not replayed:
 * for (const event of eventsOfMutation({ operationId: operation.id, input })) await bus.publish(event)
 * ```
 */
export function eventsOfMutation({ operationId, input }: CompletedMutation): SigningEvent[] {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const signatureUuid = text(fields.signatureUuid);
  const contractUuid = text(fields.contractUuid);
  switch (operationId) {
    case 'signatures.send': {
      if (!signatureUuid) return [];
      const participantUuid = text(fields.participantUuid);
      return [
        { type: 'reminder.sent', vendor: 'prix', signatureUuid, ...(participantUuid ? { participantUuid } : {}) },
      ];
    }
    case 'signatures.cancel':
      return signatureUuid ? [{ type: 'signature.cancelled', vendor: 'prix', signatureUuid }] : [];
    case 'contracts.setTags':
      return contractUuid ? [{ type: 'tags.set', vendor: 'prix', contractUuid }] : [];
    default:
      return [];
  }
}

/**
 * The events of an accepted, first-seen eSignon ExportAPI callback
 * (https://api.esignon.net/eng-1/workflow/start/exportapi): the workflow's status with the step
 * that acted (`actionid`), and, while `Playing` with a next signer named, `workflow.next-signer`
 * at the following step (eSignon numbers steps from 1 in order; the next one is inferred as
 * `actionid + 1`). Nothing of the signer (name, contact, URLs) is carried.
 */
export function eventsOfEsignonCallback(callback: EsignonCallback): SigningEvent[] {
  const step = /^\d{1,6}$/.test(callback.actionId) ? Number(callback.actionId) : undefined;
  const events: SigningEvent[] = [
    {
      type: 'workflow.status',
      vendor: 'esignon',
      workflowId: callback.workflowId,
      status: callback.status,
      ...(step === undefined ? {} : { step }),
    },
  ];
  if (callback.status === 'Playing' && callback.nextSigner && step !== undefined) {
    events.push({ type: 'workflow.next-signer', vendor: 'esignon', workflowId: callback.workflowId, step: step + 1 });
  }
  return events;
}

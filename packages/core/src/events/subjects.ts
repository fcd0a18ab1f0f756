import type { SigningEvent, SigningSubject, SigningSubjectKind } from './types.js';

/**
 * The subjects an event concerns: it reaches a subscription that lists any of them. A
 * participant's or signature's event with its contract known concerns the contract too, so a
 * screen showing the contract hears of it.
 *
 * @example
 * ```ts
 * subjectsOf({ type: 'signature.status', vendor: 'prix', signatureUuid: 's', contractUuid: 'c', status: 'DONE' })
 * // [{ kind: 'signature', id: 's' }, { kind: 'contract', id: 'c' }]
 * ```
 */
export function subjectsOf(event: SigningEvent): SigningSubject[] {
  const subjects: SigningSubject[] = [];
  const add = (kind: SigningSubjectKind, id: string | undefined) => {
    if (id) subjects.push({ kind, id });
  };
  switch (event.type) {
    case 'contract.status':
    case 'tags.set':
      add('contract', event.contractUuid);
      break;
    case 'signature.status':
    case 'participant.status':
    case 'reminder.sent':
    case 'signature.cancelled':
      add('signature', event.signatureUuid);
      add('contract', event.contractUuid);
      break;
    case 'page.completed':
      add('contract', event.contractUuid);
      add('signature', event.signatureUuid);
      add('workflow', event.workflowId);
      break;
    case 'workflow.status':
    case 'workflow.next-signer':
      add('workflow', event.workflowId);
      break;
  }
  return subjects;
}

/** A subject as one string (`contract:<uuid>`), for sets and maps. */
export function subjectKey(subject: SigningSubject): string {
  return `${subject.kind}:${subject.id}`;
}

/**
 * A test of whether an event concerns any of `subjects`, built once per subscription.
 *
 * @example
 * ```ts
 * const concerns = eventFilter([{ kind: 'contract', id: contractUuid }])
 * if (concerns(envelope.event)) show(envelope)
 * ```
 */
export function eventFilter(subjects: readonly SigningSubject[]): (event: SigningEvent) => boolean {
  const keys = new Set(subjects.map(subjectKey));
  return (event) => subjectsOf(event).some((subject) => keys.has(subjectKey(subject)));
}

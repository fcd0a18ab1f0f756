import type { Participant } from '@esign-kit/core';
import { StatusBadge } from '../common/StatusBadge.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { ReminderControl } from './ReminderControl.js';
import { SandboxSignButton } from './SandboxSignButton.js';

/**
 * One participant: who, where they are, and a reminder (plus the sandbox's "sign now"). On phones
 * the row is a card: each cell shows its column's name from `data-label`.
 */
export function ParticipantRow({
  signatureUuid,
  participant,
  open,
}: {
  signatureUuid: string;
  participant: Participant;
  open: boolean;
}) {
  const { t } = useI18n();
  const { config } = useDemo();
  const contact = participant.send === 'EMAIL' ? participant.email : participant.phone;
  return (
    <tr className="participant" data-participant={participant.uuid}>
      <th scope="row" data-label={t.card.participant}>
        <span className="long-text participant-name" title={participant.name}>
          {participant.name}
        </span>{' '}
        {participant.role ? <small className="muted">({participant.role})</small> : null}
        {contact ? (
          <span className="long-text participant-contact muted" title={contact}>
            {contact}
          </span>
        ) : null}
      </th>
      <td data-label={t.card.participantStatus}>
        <StatusBadge kind="participant" status={participant.status} />
        {config.sandbox && open && participant.status === 'WAITING' ? (
          <SandboxSignButton participantUuid={participant.uuid} />
        ) : null}
      </td>
      <td data-label={t.card.reminder}>
        <ReminderControl
          signatureUuid={signatureUuid}
          participant={participant}
          disabled={!open || participant.status === 'DONE'}
        />
      </td>
    </tr>
  );
}

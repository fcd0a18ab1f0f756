import type { Participant } from '@esign-kit/core';
import { StatusBadge } from '../common/StatusBadge.js';
import { useDemo } from '../shell/DemoContext.js';
import { ReminderControl } from './ReminderControl.js';
import { SandboxSignButton } from './SandboxSignButton.js';

/** One participant: who, where they are, and a reminder (plus the sandbox's "sign now"). */
export function ParticipantRow({
  signatureUuid,
  participant,
  open,
}: {
  signatureUuid: string;
  participant: Participant;
  open: boolean;
}) {
  const { config } = useDemo();
  return (
    <tr>
      <th scope="row">
        {participant.name} {participant.role ? <small className="muted">({participant.role})</small> : null}
      </th>
      <td>
        <StatusBadge kind="participant" status={participant.status} />
        {config.sandbox && open && participant.status === 'WAITING' ? (
          <SandboxSignButton participantUuid={participant.uuid} />
        ) : null}
      </td>
      <td>
        <ReminderControl
          signatureUuid={signatureUuid}
          participant={participant}
          disabled={!open || participant.status === 'DONE'}
        />
      </td>
    </tr>
  );
}

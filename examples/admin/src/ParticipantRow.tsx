import type { Participant, SendChannel } from '@esign-kit/core';
import { useSendReminder } from '@esign-kit/react';
import { useState } from 'react';

/** One participant with a reminder button; the channel can be switched when both are known. */
export function ParticipantRow({ signatureUuid, participant }: { signatureUuid: string; participant: Participant }) {
  const remind = useSendReminder();
  const [channel, setChannel] = useState<SendChannel>(participant.send);
  const address = channel === 'EMAIL' ? participant.email : participant.phone;
  return (
    <tr>
      <td>
        {participant.name} {participant.role ? <small>({participant.role})</small> : null}
      </td>
      <td>{participant.status}</td>
      <td>
        <select
          aria-label={`${participant.name} 알림 수단 · channel`}
          value={channel}
          onChange={(event) => setChannel(event.target.value as SendChannel)}
        >
          <option value="EMAIL">EMAIL {participant.email ?? ''}</option>
          <option value="PHONE">PHONE {participant.phone ?? ''}</option>
        </select>
      </td>
      <td>
        <button
          type="button"
          disabled={remind.isPending || !address}
          onClick={() =>
            remind.mutate({
              signatureUuid,
              participantUuid: participant.uuid,
              ...(address ? { sendInput: { sendType: channel, sendAddress: address } } : {}),
            })
          }
        >
          {remind.isPending ? '보내는 중… · Sending…' : '알림 보내기 · Send reminder'}
        </button>
        <span role="status" className={remind.isError ? 'error' : 'ok'}>
          {remind.isSuccess ? ` ✓ ${remind.data.sendType} → ${remind.data.sendAddress}` : null}
          {remind.isError ? ` ${remind.error.message}` : null}
        </span>
      </td>
    </tr>
  );
}

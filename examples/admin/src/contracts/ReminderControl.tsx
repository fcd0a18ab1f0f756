import type { Participant, SendChannel } from '@esign-kit/core';
import { useSendReminder } from '@esign-kit/react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { formatTime } from '../common/formatDate.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { sandboxQueryKey } from './sandboxApi.js';

const contactOf = (participant: Participant, channel: SendChannel) =>
  (channel === 'EMAIL' ? participant.email : participant.phone) ?? '';

/** Sends one participant a reminder by e-mail or text message, and says how it went. */
export function ReminderControl({
  signatureUuid,
  participant,
  disabled,
}: {
  signatureUuid: string;
  participant: Participant;
  disabled: boolean;
}) {
  const { t, locale } = useI18n();
  const { config } = useDemo();
  const remind = useSendReminder();
  const queryClient = useQueryClient();
  const [channel, setChannel] = useState<SendChannel>(participant.send);
  const [address, setAddress] = useState(contactOf(participant, participant.send));
  const channelName = (value: SendChannel) => (value === 'EMAIL' ? t.reminder.email : t.reminder.phone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    remind.mutate(
      {
        signatureUuid,
        participantUuid: participant.uuid,
        sendInput: { sendType: channel, sendAddress: address.trim() },
      },
      {
        // The sandbox's record changes with each reminder: show it now rather than at the next poll.
        onSettled: () => queryClient.invalidateQueries({ queryKey: sandboxQueryKey }),
      },
    );
  };
  return (
    <form className="reminder" onSubmit={submit}>
      <select
        aria-label={t.reminder.channel(participant.name)}
        value={channel}
        disabled={disabled}
        onChange={(event) => {
          const next = event.target.value as SendChannel;
          setChannel(next);
          setAddress(contactOf(participant, next));
        }}
      >
        <option value="EMAIL">{t.reminder.email}</option>
        <option value="PHONE">{t.reminder.phone}</option>
      </select>
      <input
        aria-label={t.reminder.address(participant.name)}
        type={channel === 'EMAIL' ? 'email' : 'tel'}
        value={address}
        disabled={disabled}
        required
        onChange={(event) => setAddress(event.target.value)}
      />
      <button type="submit" disabled={disabled || remind.isPending} aria-busy={remind.isPending}>
        {remind.isPending ? t.reminder.sending : t.reminder.send}
      </button>
      {remind.isSuccess ? (
        <p role="status" className="ok">
          {t.reminder.sent(
            channelName(remind.data.sendType),
            remind.data.sendAddress,
            formatTime(remind.submittedAt, locale),
          )}
        </p>
      ) : null}
      {remind.error ? (
        <ErrorNotice
          error={remind.error}
          extra={
            remind.error.errorCode === 'ESIGN_KIT_RATE_LIMITED'
              ? t.reminder.limit(config.reminderLimit, minutesToWait(remind.error.retryAfterSeconds))
              : undefined
          }
        />
      ) : null}
    </form>
  );
}

/** The proxy's `Retry-After`, rounded up to whole minutes for the message. */
function minutesToWait(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : Math.max(1, Math.ceil(seconds / 60));
}

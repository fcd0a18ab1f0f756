import type { ContractSignature } from '@esign-kit/core';
import { formatDate } from '../common/formatDate.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { CancelSignature } from './CancelSignature.js';
import { ParticipantRow } from './ParticipantRow.js';

/** The e-signature of a contract: its status, each participant with a reminder, and cancel. */
export function SignatureSection({ signature }: { signature: ContractSignature }) {
  const { t, locale } = useI18n();
  const { config } = useDemo();
  const open = signature.status === 'WAITING';
  return (
    <section className="signature" aria-label={`${t.card.signature}: ${signature.title}`}>
      <h3>
        {signature.title} <StatusBadge kind="signature" status={signature.status} />
      </h3>
      <p className="muted">
        {t.card.expires}: {formatDate(signature.expiredDate, locale)} ·{' '}
        {open ? t.reminder.limit(config.reminderLimit, undefined) : t.reminder.closed}
      </p>
      <table className="participants">
        <caption>{t.card.participants}</caption>
        <thead>
          <tr>
            <th>{t.card.participant}</th>
            <th>{t.card.participantStatus}</th>
            <th>{t.card.reminder}</th>
          </tr>
        </thead>
        <tbody>
          {signature.participants.map((participant) => (
            <ParticipantRow
              key={participant.uuid}
              signatureUuid={signature.uuid}
              participant={participant}
              open={open}
            />
          ))}
        </tbody>
      </table>
      <CancelSignature signatureUuid={signature.uuid} open={open} />
    </section>
  );
}

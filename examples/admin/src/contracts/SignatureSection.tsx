import type { ContractSignature } from '@esign-kit/core';
import { formatDate } from '../common/formatDate.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { useI18n } from '../i18n/LocaleContext.js';
import { useDemo } from '../shell/DemoContext.js';
import { CancelSignature } from './CancelSignature.js';
import { ParticipantRow } from './ParticipantRow.js';
import { SigningTimeline } from './SigningTimeline.js';
import './contractDetail.css';

/**
 * The e-signature of a contract: its status, the signing timeline, each participant with a
 * reminder, and cancel. The participants are a table on wide screens and stacked cards on phones
 * (contractDetail.css), from the same markup.
 */
export function SignatureSection({
  signature,
  concludedDate,
}: {
  signature: ContractSignature;
  concludedDate?: string | null | undefined;
}) {
  const { t, locale } = useI18n();
  const { config } = useDemo();
  const open = signature.status === 'WAITING';
  return (
    <section className="signature" aria-label={`${t.card.signature}: ${signature.title}`}>
      <h3 className="signature-title">
        <span className="long-text">{signature.title}</span> <StatusBadge kind="signature" status={signature.status} />
      </h3>
      <p className="muted">
        {t.card.expires}: {formatDate(signature.expiredDate, locale)} ·{' '}
        {open ? t.reminder.limit(config.reminderLimit, undefined) : t.reminder.closed}
      </p>
      <SigningTimeline signature={signature} concludedDate={concludedDate} />
      <table className="participants">
        <caption>{t.card.participants}</caption>
        <colgroup>
          <col className="col-participant" />
          <col className="col-status" />
          <col className="col-reminder" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t.card.participant}</th>
            <th scope="col">{t.card.participantStatus}</th>
            <th scope="col">{t.card.reminder}</th>
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
